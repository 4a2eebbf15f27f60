// Mirrors https://learn.microsoft.com/uwp/api/windows.foundation.iasyncoperation-1
// Mirrors https://learn.microsoft.com/uwp/api/windows.foundation.iasyncinfo
// Mirrors https://learn.microsoft.com/uwp/api/windows.foundation.typedeventhandler-2
// Mirrors https://learn.microsoft.com/uwp/api/windows.storage.streams.ibuffer
// Mirrors https://learn.microsoft.com/windows/apps/develop/platform/csharp-winrt/ (C#/WinRT projection)
// The C#/WinRT projection assembly (Microsoft.Windows.SDK.NET, referenced by a net*-windows10.0.* target
// framework) also carries System.WindowsRuntimeSystemExtensions, which makes IAsyncOperation<T> awaitable.
// Inside the Windows.* namespaces 'System' names Windows.System, so this file writes global::System.
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Windows.Foundation
{
    public enum AsyncStatus
    {
        Started = 0,
        Completed = 1,
        Canceled = 2,
        Error = 3,
    }

    public interface IAsyncInfo
    {
        global::System.Exception ErrorCode { get; }

        uint Id { get; }

        AsyncStatus Status { get; }

        void Cancel();

        void Close();
    }

    public delegate void AsyncOperationCompletedHandler<TResult>(IAsyncOperation<TResult> asyncInfo, AsyncStatus asyncStatus);

    public interface IAsyncOperation<TResult> : IAsyncInfo
    {
        AsyncOperationCompletedHandler<TResult> Completed { get; set; }

        TResult GetResults();
    }

    public delegate void TypedEventHandler<TSender, TResult>(TSender sender, TResult args);
}

namespace Windows.Storage.Streams
{
    public interface IBuffer
    {
        uint Capacity { get; }

        uint Length { get; set; }
    }
}

namespace System
{
    public static class WindowsRuntimeSystemExtensions
    {
        public static Task<TResult> AsTask<TResult>(this global::Windows.Foundation.IAsyncOperation<TResult> source) => throw null!;

        public static TaskAwaiter<TResult> GetAwaiter<TResult>(this global::Windows.Foundation.IAsyncOperation<TResult> source) => throw null!;
    }
}
