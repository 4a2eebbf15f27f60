using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Win32 functions that read what the user does in other applications, called through the user's own
    /// <c>[DllImport]</c> declarations (desktop apps declare them in a NativeMethods class of their own, so no
    /// catalogued assembly carries them). Matched by the import's module and entry point, which the compiler binds
    /// from the attribute in source: a method of the user's that is not an import of these functions never matches,
    /// whatever its name.
    /// </summary>
    internal static class NativeImports
    {
        /// <summary>The platform the manifest names for these sources.</summary>
        public const string Platform = "Windows (Win32)";

        private const string User32 = "user32";
        private const string Behavior = "user.behavior";
        private const string PrivateContent = "user.content.private";

        /// <summary>
        /// SetWindowsHookEx's hook types that see every key typed, in any application: WH_KEYBOARD (2) and
        /// WH_KEYBOARD_LL (13). Mouse hooks (WH_MOUSE 7, WH_MOUSE_LL 14) see positions and clicks, no content.
        /// https://learn.microsoft.com/windows/win32/api/winuser/nf-winuser-setwindowshookexw
        /// </summary>
        private const int WhKeyboard = 2;
        private const int WhKeyboardLowLevel = 13;

        /// <summary>
        /// The site an invocation of a <c>[DllImport]</c> method is, or false. Called only for extern methods, after
        /// the catalog found nothing, so the import data is read only for them.
        /// </summary>
        public static bool TryMatch(IInvocationOperation invocation, IMethodSymbol method, out SiteMatch site)
        {
            site = default;
            if (method.GetDllImportData() is not { } import || import.ModuleName is not { } module || !IsModule(module, User32))
            {
                return false;
            }

            var entry = Stem(import.EntryPointName ?? method.Name);
            string? category = null;
            switch (entry)
            {
                // The title of any window (the foreground one: which document, page or chat the user has open).
                // https://learn.microsoft.com/windows/win32/api/winuser/nf-winuser-getwindowtextw
                case "GetWindowText":
                    category = Behavior;
                    break;

                // A keyboard hook sees every key the user types; other hooks are not about the user's input content.
                case "SetWindowsHookEx":
                    if (invocation.Arguments.Length > 0
                        && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int hook }
                        && (hook == WhKeyboard || hook == WhKeyboardLowLevel))
                    {
                        category = Behavior;
                    }

                    break;

                // Whatever the user copied, in any app, read below the managed clipboard classes.
                // https://learn.microsoft.com/windows/win32/api/winuser/nf-winuser-getclipboarddata
                case "GetClipboardData":
                    category = PrivateContent;
                    break;
            }

            if (category is null)
            {
                return false;
            }

            var id = DocumentationCommentId.CreateDeclarationId(method) ?? method.Name;
            site = new SiteMatch(invocation, method, SourceEntry.Member(id, category, Platform), category, ArgumentValue: null);
            return true;
        }

        /// <summary><c>user32.dll</c>, <c>User32</c> and <c>USER32.DLL</c> alike.</summary>
        private static bool IsModule(string module, string name)
        {
            var length = module.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? module.Length - 4 : module.Length;
            return length == name.Length && string.Compare(module, 0, name, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>An entry point without its ANSI or wide suffix: <c>GetWindowTextW</c> is <c>GetWindowText</c>.</summary>
        private static string Stem(string entry)
            => entry.Length > 1 && (entry[entry.Length - 1] == 'W' || entry[entry.Length - 1] == 'A') && char.IsLower(entry[entry.Length - 2])
                ? entry.Substring(0, entry.Length - 1)
                : entry;
    }
}
