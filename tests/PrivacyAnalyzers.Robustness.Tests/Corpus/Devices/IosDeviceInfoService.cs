using System.Threading.Tasks;
using AdSupport;
using CoreLocation;
using PrivacyAnalyzers;
using UIKit;

namespace Seeds.Devices
{
    /// <summary>iOS: vendor and advertising identifiers, location, the pasteboard.</summary>
    [CollectsPersonalData(DataCategories.DeviceId, Purposes.AnalyticsReporting)]
    public sealed class IosDeviceInfoService : IDeviceInfoService
    {
        private readonly CLLocationManager locations = new CLLocationManager();

        public string? DeviceId() => UIDevice.CurrentDevice.IdentifierForVendor?.AsString();

        public string AdvertisingId() => ASIdentifierManager.SharedManager.AdvertisingIdentifier.AsString();

        public Task<string?> LocationAsync()
        {
            var location = locations.Location;
            return Task.FromResult(location is null
                ? null
                : $"{location.Coordinate.Latitude},{location.Coordinate.Longitude}");
        }

        /// <summary>Whatever the user copied last.</summary>
        public string? Pasted
        {
            get { return UIPasteboard.General.String; }
        }
    }
}
