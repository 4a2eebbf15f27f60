using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>
/// Win32 functions that read other applications' windows and input, called through the app's own [DllImport]
/// declarations: matched by the import's module and entry point, never by the declaring method's name alone.
/// </summary>
public sealed class NativeImportSourcesTests
{
    [Fact]
    public async Task WindowTitlesKeyboardHooksAndTheRawClipboard()
    {
        const string source = """
            using System;
            using System.Runtime.InteropServices;
            using System.Text;

            enum HookType { Keyboard = 2, MouseLl = 14, KeyboardLl = 13 }

            static class NativeMethods
            {
                [DllImport("user32.dll", CharSet = CharSet.Unicode)]
                internal static extern int GetWindowText(IntPtr hWnd, StringBuilder text, int count);

                [DllImport("User32", EntryPoint = "GetWindowTextW")]
                internal static extern int TitleOf(IntPtr hWnd, StringBuilder text, int count);

                [DllImport("user32.dll")]
                internal static extern IntPtr SetWindowsHookEx(HookType hookType, IntPtr proc, IntPtr module, uint threadId);

                [DllImport("user32.dll")]
                internal static extern IntPtr GetClipboardData(uint format);

                [DllImport("user32.dll")]
                internal static extern IntPtr GetForegroundWindow();

                [DllImport("kernel32.dll")]
                internal static extern IntPtr GetClipboardDataFromElsewhere(uint format);
            }

            class Tracker
            {
                // The user's own method named like a Win32 function is not one.
                static int GetWindowText(IntPtr hWnd, StringBuilder text, int count) => 0;

                void Watch(IntPtr proc)
                {
                    var title = new StringBuilder(256);
                    {|#0:NativeMethods.GetWindowText(NativeMethods.GetForegroundWindow(), title, title.Capacity)|};
                    {|#1:NativeMethods.TitleOf(IntPtr.Zero, title, 256)|};
                    var keys = {|#2:NativeMethods.SetWindowsHookEx(HookType.KeyboardLl, proc, IntPtr.Zero, 0)|};
                    var old = {|#3:NativeMethods.SetWindowsHookEx(HookType.Keyboard, proc, IntPtr.Zero, 0)|};
                    var text = {|#4:NativeMethods.GetClipboardData(13)|};

                    // Silent: a mouse hook (positions, no content), another module, the user's own method.
                    var mouse = NativeMethods.SetWindowsHookEx(HookType.MouseLl, proc, IntPtr.Zero, 0);
                    NativeMethods.GetClipboardDataFromElsewhere(13);
                    GetWindowText(IntPtr.Zero, title, 1);
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites([.. TestBuilder.SitesOf("user.behavior", 0, 1, 2, 3), (4, "user.content.private")])
            .ValidateAsync();
    }
}
