// Mirrors https://learn.microsoft.com/dotnet/api/system.management.managementobjectsearcher
// Mirrors https://learn.microsoft.com/dotnet/api/system.management.managementobjectsearcher.-ctor
// Mirrors https://learn.microsoft.com/dotnet/api/system.management.objectquery
// Mirrors https://learn.microsoft.com/dotnet/api/system.management.selectquery
// Mirrors https://learn.microsoft.com/dotnet/api/system.management.managementclass
// Mirrors https://learn.microsoft.com/dotnet/api/system.management.managementbaseobject
// Mirrors https://learn.microsoft.com/windows/win32/cimwin32prov/win32-bios (the WMI classes queried)
// Shapes checked against dotnet/runtime src/libraries/System.Management/ref/System.Management.cs (NuGet
// System.Management; not part of the shared framework). Only the members realistic app code touches are stubbed.
using System;
using System.Collections;

namespace System.Management
{
    public abstract partial class ManagementQuery : ICloneable
    {
        internal ManagementQuery() => throw null!;

        public virtual string QueryLanguage { get => throw null!; set => throw null!; }

        public virtual string QueryString { get => throw null!; set => throw null!; }

        public abstract object Clone();
    }

    public partial class ObjectQuery : ManagementQuery
    {
        public ObjectQuery() => throw null!;

        public ObjectQuery(string query) => throw null!;

        public ObjectQuery(string language, string query) => throw null!;

        public override object Clone() => throw null!;
    }

    public abstract partial class WqlObjectQuery : ObjectQuery
    {
        protected WqlObjectQuery() => throw null!;

        public override object Clone() => throw null!;
    }

    public partial class SelectQuery : WqlObjectQuery
    {
        public SelectQuery() => throw null!;

        public SelectQuery(string queryOrClassName) => throw null!;

        public SelectQuery(string className, string condition) => throw null!;

        public SelectQuery(string className, string condition, string[] selectedProperties) => throw null!;

        public string ClassName { get => throw null!; set => throw null!; }

        public override object Clone() => throw null!;
    }

    public abstract partial class ManagementOptions : ICloneable
    {
        internal ManagementOptions() => throw null!;

        public TimeSpan Timeout { get => throw null!; set => throw null!; }

        public abstract object Clone();
    }

    public partial class EnumerationOptions : ManagementOptions
    {
        public EnumerationOptions() => throw null!;

        public bool ReturnImmediately { get => throw null!; set => throw null!; }

        public override object Clone() => throw null!;
    }

    public partial class ObjectGetOptions : ManagementOptions
    {
        public ObjectGetOptions() => throw null!;

        public override object Clone() => throw null!;
    }

    public partial class ManagementPath : ICloneable
    {
        public ManagementPath() => throw null!;

        public ManagementPath(string path) => throw null!;

        public string ClassName { get => throw null!; set => throw null!; }

        public string Path { get => throw null!; set => throw null!; }

        public ManagementPath Clone() => throw null!;

        object ICloneable.Clone() => throw null!;
    }

    public partial class ManagementScope : ICloneable
    {
        public ManagementScope() => throw null!;

        public ManagementScope(string path) => throw null!;

        public bool IsConnected => throw null!;

        public ManagementScope Clone() => throw null!;

        public void Connect() => throw null!;

        object ICloneable.Clone() => throw null!;
    }

    [System.ComponentModel.ToolboxItem(false)]
    public partial class ManagementBaseObject : System.ComponentModel.Component, ICloneable
    {
        private protected ManagementBaseObject() => throw null!;

        public object this[string propertyName] { get => throw null!; set => throw null!; }

        public virtual object Clone() => throw null!;

        public object GetPropertyValue(string propertyName) => throw null!;

        public new void Dispose() => throw null!;
    }

    public partial class ManagementObject : ManagementBaseObject, ICloneable
    {
        public ManagementObject() => throw null!;

        public ManagementObject(string path) => throw null!;

        public virtual ManagementPath Path { get => throw null!; set => throw null!; }

        public override object Clone() => throw null!;

        public void Get() => throw null!;

        public new void Dispose() => throw null!;
    }

    public partial class ManagementClass : ManagementObject
    {
        public ManagementClass() => throw null!;

        public ManagementClass(ManagementPath path) => throw null!;

        public ManagementClass(string path) => throw null!;

        public ManagementClass(string path, ObjectGetOptions options) => throw null!;

        public ManagementClass(string scope, string path, ObjectGetOptions options) => throw null!;

        public override ManagementPath Path { get => throw null!; set => throw null!; }

        public override object Clone() => throw null!;

        public ManagementObjectCollection GetInstances() => throw null!;

        public ManagementObjectCollection GetInstances(EnumerationOptions options) => throw null!;
    }

    public partial class ManagementObjectCollection : ICollection, IEnumerable, IDisposable
    {
        internal ManagementObjectCollection() => throw null!;

        public int Count => throw null!;

        public bool IsSynchronized => throw null!;

        public object SyncRoot => throw null!;

        public void CopyTo(Array array, int index) => throw null!;

        public void Dispose() => throw null!;

        public ManagementObjectEnumerator GetEnumerator() => throw null!;

        IEnumerator IEnumerable.GetEnumerator() => throw null!;

        public partial class ManagementObjectEnumerator : IEnumerator, IDisposable
        {
            internal ManagementObjectEnumerator() => throw null!;

            public ManagementBaseObject Current => throw null!;

            object IEnumerator.Current => throw null!;

            public void Dispose() => throw null!;

            public bool MoveNext() => throw null!;

            public void Reset() => throw null!;
        }
    }

    [System.ComponentModel.ToolboxItem(false)]
    public partial class ManagementObjectSearcher : System.ComponentModel.Component
    {
        public ManagementObjectSearcher() => throw null!;

        public ManagementObjectSearcher(ManagementScope scope, ObjectQuery query) => throw null!;

        public ManagementObjectSearcher(ManagementScope scope, ObjectQuery query, EnumerationOptions options) => throw null!;

        public ManagementObjectSearcher(ObjectQuery query) => throw null!;

        public ManagementObjectSearcher(string queryString) => throw null!;

        public ManagementObjectSearcher(string scope, string queryString) => throw null!;

        public ManagementObjectSearcher(string scope, string queryString, EnumerationOptions options) => throw null!;

        public EnumerationOptions Options { get => throw null!; set => throw null!; }

        public ObjectQuery Query { get => throw null!; set => throw null!; }

        public ManagementScope Scope { get => throw null!; set => throw null!; }

        public ManagementObjectCollection Get() => throw null!;
    }
}
