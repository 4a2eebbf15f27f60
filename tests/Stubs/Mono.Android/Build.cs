// Mirrors https://learn.microsoft.com/dotnet/api/android.os.build
// Mirrors https://learn.microsoft.com/dotnet/api/android.os.build.serial
// Mirrors https://learn.microsoft.com/dotnet/api/android.os.build.getserial
// Java's static final fields SERIAL/MODEL/MANUFACTURER are bound as static get-only properties.
namespace Android.OS
{
    public class Build : Java.Lang.Object
    {
        public Build() => throw null!;

        public static string? Serial => throw null!;

        public static string? Model => throw null!;

        public static string? Manufacturer => throw null!;

        public static string? Brand => throw null!;

        public static string? GetSerial() => throw null!;
    }
}
