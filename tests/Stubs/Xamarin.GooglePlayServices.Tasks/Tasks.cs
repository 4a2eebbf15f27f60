// Mirrors https://developers.google.com/android/reference/com/google/android/gms/tasks/Task
// Mirrors https://developers.google.com/android/reference/com/google/android/gms/tasks/CancellationToken
// Mirrors https://developers.google.com/android/reference/com/google/android/gms/tasks/CancellationTokenSource
// The .NET binding (NuGet Xamarin.GooglePlayServices.Tasks) keeps the Java names in the Android.Gms.Tasks
// namespace; only the members realistic app code touches are stubbed.
namespace Android.Gms.Tasks
{
    public abstract class Task : Java.Lang.Object
    {
        public Task() => throw null!;

        public abstract bool IsComplete { get; }

        public abstract bool IsSuccessful { get; }

        public abstract bool IsCanceled { get; }

        public abstract Java.Lang.Object? Result { get; }
    }

    public abstract class CancellationToken : Java.Lang.Object
    {
        public CancellationToken() => throw null!;

        public abstract bool IsCancellationRequested { get; }
    }

    public class CancellationTokenSource : Java.Lang.Object
    {
        public CancellationTokenSource() => throw null!;

        public virtual CancellationToken Token => throw null!;

        public virtual void Cancel() => throw null!;
    }
}
