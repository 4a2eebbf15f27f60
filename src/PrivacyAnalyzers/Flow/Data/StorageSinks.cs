using System.Collections.Immutable;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Flow.Data
{
    /// <summary>
    /// PRIV104's sinks: files, MAUI and Xamarin preferences and secure storage (stubs under
    /// tests/Stubs), and EF Core (Microsoft.EntityFrameworkCore 10.0.15: entities handed to a
    /// <c>DbSet</c> or <c>DbContext</c>).
    /// </summary>
    internal static class StorageSinks
    {
        private const string Device = "device storage";
        private const string Database = "database (EF Core)";
        private const string FileDoc = "https://learn.microsoft.com/dotnet/api/system.io.file";

        /// <summary>
        /// A property of an EF Core entity of the compilation set from a source (<c>order.Email = email</c>,
        /// <c>new Customer { Email = … }</c>): the value is stored when the context saves it, so the report
        /// is at the assignment, and the entity's later <c>Add</c> is not a second report for the same value.
        /// Matched by the entity (<see cref="FlowEngine.IsEntity"/>), not by a row's name.
        /// </summary>
        public static FlowMember EntityProperty { get; } =
            FlowMember.SetterSink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.DbSet`1", "", Database, "https://learn.microsoft.com/ef/core/modeling/entity-types");

        /// <summary>The processor of the EF Core rows.</summary>
        public const string DatabaseProcessor = Database;

        public static ImmutableArray<FlowMember> Rows { get; } = ImmutableArray.Create(
            FlowMember.Sink(SinkKind.Storage, "System.IO.File", "WriteAll*", "file system", FileDoc),
            FlowMember.Sink(SinkKind.Storage, "System.IO.File", "AppendAll*", "file system", FileDoc),
            FlowMember.Sink(SinkKind.Storage, "System.IO.StreamWriter", "Write*", "file system", "https://learn.microsoft.com/dotnet/api/system.io.streamwriter"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.Maui.Storage.Preferences", "Set", Device, "https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.preferences.set"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.Maui.Storage.IPreferences", "Set", Device, "https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.ipreferences.set"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.Maui.Storage.SecureStorage", "SetAsync", Device, "https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.securestorage.setasync"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.Maui.Storage.ISecureStorage", "SetAsync", Device, "https://learn.microsoft.com/dotnet/api/microsoft.maui.storage.isecurestorage.setasync"),
            FlowMember.Sink(SinkKind.Storage, "Xamarin.Essentials.Preferences", "Set", Device, "https://learn.microsoft.com/xamarin/essentials/preferences"),
            FlowMember.Sink(SinkKind.Storage, "Xamarin.Essentials.SecureStorage", "SetAsync", Device, "https://learn.microsoft.com/xamarin/essentials/secure-storage"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.DbSet`1", "Add*", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.dbset-1.add"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.DbSet`1", "Update*", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.dbset-1.update"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.DbSet`1", "Attach*", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.dbset-1.attach"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.DbContext", "Add*", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.dbcontext.add"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.DbContext", "Update*", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.dbcontext.update"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.DbContext", "Attach*", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.dbcontext.attach"),
            // The change tracker: Entry(customer).Property(c => c.Email).CurrentValue = email; Entry(x).CurrentValues.SetValues(dto).
            FlowMember.SetterSink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry`2", "CurrentValue", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.changetracking.propertyentry-2.currentvalue"),
            FlowMember.SetterSink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.ChangeTracking.MemberEntry", "CurrentValue", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.changetracking.memberentry.currentvalue"),
            FlowMember.Sink(SinkKind.Storage, "Microsoft.EntityFrameworkCore.ChangeTracking.PropertyValues", "SetValues", Database, "https://learn.microsoft.com/dotnet/api/microsoft.entityframeworkcore.changetracking.propertyvalues.setvalues"));
    }
}
