using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// Platform callbacks whose parameter delivers personal data the app asked for with no catalogued call of its own:
    /// the push token handed to an override (<c>RegisteredForRemoteNotifications(application, deviceToken)</c>,
    /// <c>FirebaseMessagingService.OnNewToken(token)</c>), the user's position handed to a map view's delegate. The
    /// site is the override's first read of that parameter (an override that ignores it collects nothing). Matched by
    /// symbol: the method must override the platform's virtual, so a user's own method of the same name never matches.
    /// A callback that delivers what a catalogued call already asked for (a location manager's delegate after
    /// <c>StartUpdatingLocation</c>) is not listed: the call is the site, the delivery is the same data.
    /// </summary>
    internal static class CallbackParameters
    {
        private static readonly ImmutableArray<Callback> All = ImmutableArray.Create(
            // The APNs device token, which apps send to their push server.
            // https://learn.microsoft.com/dotnet/api/uikit.uiapplicationdelegate.registeredforremotenotifications
            new Callback("UIKit", "UIApplicationDelegate", "RegisteredForRemoteNotifications", 1, "user.device.device_id", ".NET for iOS and Mac Catalyst"),
            // The FCM registration token of a Xamarin.Android / .NET for Android app.
            // https://firebase.google.com/docs/reference/android/com/google/firebase/messaging/FirebaseMessagingService#onNewToken(java.lang.String)
            new Callback("Firebase.Messaging", "FirebaseMessagingService", "OnNewToken", 0, "user.device.device_id", ".NET for Android"),
            // The map view's own tracking of the user (turned on by ShowsUserLocation, a write no catalog row can name).
            // https://learn.microsoft.com/dotnet/api/mapkit.mkmapviewdelegate.didupdateuserlocation
            new Callback("MapKit", "MKMapViewDelegate", "DidUpdateUserLocation", 1, "user.location.precise", ".NET for iOS and Mac Catalyst"));

        private static readonly ImmutableHashSet<string> Names = ImmutableHashSet.CreateRange(StringComparer.Ordinal, ImmutableArray.CreateRange(All, c => c.Method));

        /// <summary>The cheap check before any symbol work: whether a method of this name can be a listed callback.</summary>
        public static bool MayMatch(string methodName) => Names.Contains(methodName);

        /// <summary>The callback <paramref name="method"/> overrides, with the parameter that carries the data; false otherwise.</summary>
        public static bool TryMatch(IMethodSymbol method, out Callback callback, out IParameterSymbol parameter)
        {
            callback = default;
            parameter = null!;
            for (var current = method.OverriddenMethod; current != null; current = current.OverriddenMethod)
            {
                var type = current.ContainingType;
                foreach (var candidate in All)
                {
                    if (candidate.Method == current.Name && candidate.Type == type.Name && candidate.Parameter < method.Parameters.Length
                        && IsNamespace(type.ContainingNamespace, candidate.Namespace))
                    {
                        callback = candidate;
                        parameter = method.Parameters[candidate.Parameter];
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="ns"/> is the dotted namespace <paramref name="name"/>, compared part by part from the end.</summary>
        private static bool IsNamespace(INamespaceSymbol? ns, string name)
        {
            var end = name.Length;
            while (ns is { IsGlobalNamespace: false })
            {
                var start = name.LastIndexOf('.', end - 1) + 1;
                if (end - start != ns.Name.Length || string.CompareOrdinal(name, start, ns.Name, 0, ns.Name.Length) != 0)
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
                end = start - 1;
                if (end < 0)
                {
                    return ns is null || ns.IsGlobalNamespace;
                }
            }

            return false;
        }

        /// <summary>One callback: the type and virtual method, the parameter's position, what it carries.</summary>
        internal readonly record struct Callback(string Namespace, string Type, string Method, int Parameter, string Category, string Platform)
        {
            /// <summary>The documentation-comment id of the overridden method, without its parameter list (every overload).</summary>
            public string MemberId => "M:" + Namespace + "." + Type + "." + Method;

            /// <summary>As a reader knows it: <c>UIApplicationDelegate.RegisteredForRemoteNotifications</c>.</summary>
            public string ApiName => Type + "." + Method;
        }
    }
}
