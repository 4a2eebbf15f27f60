using System.Collections.Immutable;
using static PrivacyAnalyzers.Catalog.SourceEntry;

namespace PrivacyAnalyzers.Catalog
{
    /// <summary>Sources in .NET for iOS and Mac Catalyst (Microsoft.iOS, Microsoft.MacCatalyst).</summary>
    internal static class AppleSources
    {
        private const string P = Platforms.Apple;

        public static ImmutableArray<SourceEntry> All { get; } = ImmutableArray.Create(
            // https://developer.apple.com/documentation/uikit/uidevice/identifierforvendor
            Member("P:UIKit.UIDevice.IdentifierForVendor", Ids.DeviceId, P),
            // The user-given device name ("Alice's iPhone"); iOS 16+ returns it only with an entitlement.
            // https://developer.apple.com/documentation/uikit/uidevice/name
            Member("P:UIKit.UIDevice.Name", Ids.Device, P),
            // https://developer.apple.com/documentation/adsupport/asidentifiermanager/advertisingidentifier
            Member("P:AdSupport.ASIdentifierManager.AdvertisingIdentifier", Ids.DeviceId, P),
            // https://developer.apple.com/documentation/corelocation/cllocationmanager
            Member("M:CoreLocation.CLLocationManager.StartUpdatingLocation", Ids.PreciseLocation, P),
            Member("M:CoreLocation.CLLocationManager.RequestLocation", Ids.PreciseLocation, P),
            Member("P:CoreLocation.CLLocationManager.Location", Ids.PreciseLocation, P),
            Member("E:CoreLocation.CLLocationManager.LocationsUpdated", Ids.PreciseLocation, P),
            Member("M:CoreLocation.CLLocationManager.StartMonitoringSignificantLocationChanges", Ids.CoarseLocation, P),
            // https://developer.apple.com/documentation/contacts/cncontactstore
            Member("M:Contacts.CNContactStore.GetUnifiedContacts", Ids.Contacts, P),
            Member("M:Contacts.CNContactStore.GetUnifiedContact", Ids.Contacts, P),
            Member("M:Contacts.CNContactStore.EnumerateContacts", Ids.Contacts, P),
            // https://developer.apple.com/documentation/addressbook/abaddressbook (deprecated, still shipped)
            Member("M:AddressBook.ABAddressBook.GetPeople", Ids.Contacts, P),
            // https://developer.apple.com/documentation/photokit/phasset/fetchassets(with:)
            Member("M:Photos.PHAsset.FetchAssets", Ids.SelfImage, P),
            Member("M:Photos.PHAsset.FetchAssetsUsingLocalIdentifiers", Ids.SelfImage, P),
            // Loads a photo's pixels from the library.
            // https://developer.apple.com/documentation/photokit/phimagemanager/requestimage(for:targetsize:contentmode:options:resulthandler:)
            Member("M:Photos.PHImageManager.RequestImageForAsset", Ids.SelfImage, P),
            // The photo or video the user took or picked. https://learn.microsoft.com/dotnet/api/uikit.uiimagepickercontroller.finishedpickingmedia
            Member("E:UIKit.UIImagePickerController.FinishedPickingMedia", Ids.SelfImage, P),
            // https://developer.apple.com/documentation/avfaudio/avaudiorecorder/record()
            Member("M:AVFoundation.AVAudioRecorder.Record", Ids.Voice, P),
            Member("M:AVFoundation.AVAudioRecorder.RecordFor", Ids.Voice, P),
            Member("M:AVFoundation.AVAudioRecorder.RecordAt", Ids.Voice, P),
            // https://developer.apple.com/documentation/avfoundation/avcapturesession/startrunning()
            Member("M:AVFoundation.AVCaptureSession.StartRunning", Ids.SelfImage, P),
            // https://developer.apple.com/documentation/uikit/uipasteboard
            Member("P:UIKit.UIPasteboard.String", Ids.PrivateContent, P),
            Member("P:UIKit.UIPasteboard.Strings", Ids.PrivateContent, P),
            Member("P:UIKit.UIPasteboard.Image", Ids.PrivateContent, P),
            Member("P:UIKit.UIPasteboard.Images", Ids.PrivateContent, P),
            Member("P:UIKit.UIPasteboard.Url", Ids.PrivateContent, P),
            // Calendar events (titles, places, notes, attendees) are the user's private content; Apple's privacy
            // manifest files them under "Other User Content". https://developer.apple.com/documentation/eventkit/ekeventstore/events(matching:)
            Member("M:EventKit.EKEventStore.EventsMatching", Ids.PrivateContent, P),
            Member("M:EventKit.EKEventStore.EnumerateEvents", Ids.PrivateContent, P),
            // Every HealthKit read goes through a query executed on the store.
            // https://developer.apple.com/documentation/healthkit/hkhealthstore/execute(_:)
            Member("M:HealthKit.HKHealthStore.ExecuteQuery", Ids.Health, P));
    }
}
