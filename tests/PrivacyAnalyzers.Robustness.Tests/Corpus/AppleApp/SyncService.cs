using System;
using System.IO;
using CoreLocation;
using Microsoft.AppCenter;
using Microsoft.AspNetCore.Identity;
using PrivacyAnalyzers;

namespace Seeds.AppleApp
{
    public sealed class Account
    {
        [PersonalData]
        public string Email { get; set; } = "";
    }

    /// <summary>An iOS app's sync service, built for net10.0-ios (AppleApp.globalconfig).</summary>
    public sealed class SyncService
    {
        private readonly CLLocationManager locations = new CLLocationManager();

        // The e-mail goes to App Center, which the policy does not list among its recipients (PRIV102).
        public void Identify(Account account) => AppCenter.SetUserId(account.Email);

        // A file timestamp is a required-reason API; no reason is declared (PRIV201).
        public DateTime LastSynced(string path) => File.GetLastWriteTimeUtc(path);

        // C617.1 is a file-timestamp code, not one of the boot time's (PRIV202).
        [UsesRequiredReasonApi(RequiredReasonApis.SystemBootTime, "C617.1")]
        public long Uptime() => Environment.TickCount64;

        // A former id, from before fideslang renamed it (PRIV009).
        [CollectsPersonalData("user.location.coarse", Purposes.ServiceOperations)]
        public void WatchCoarseLocation() => locations.StartMonitoringSignificantLocationChanges();
    }
}
