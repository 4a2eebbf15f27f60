using Android.App;
using Android.Bluetooth;
using Android.Content;
using Android.Locations;
using Android.Media;
using Android.Net.Wifi;
using Android.Provider;
using Microsoft.Maui.Media;
using PrivacyAnalyzers;
using MauiContacts = Microsoft.Maui.ApplicationModel.Communication.Contacts;

namespace MeetingApp;

/// <summary>Camera, microphone and photos for audio and video meetings.</summary>
public sealed class MeetingMedia
{
    [CollectsPersonalData(DataCategories.SelfImage, Purposes.EssentialService)]
    public Task<Microsoft.Maui.Storage.FileResult?> TakeProfilePhotoAsync() => MediaPicker.Default.CapturePhotoAsync();

    [CollectsPersonalData(DataCategories.SelfImage, Purposes.EssentialService)]
    public Task<Microsoft.Maui.Storage.FileResult?> ShareFromAlbumAsync() => MediaPicker.Default.PickPhotoAsync();

    /// <summary>Opens the microphone for the meeting's audio.</summary>
    [CollectsPersonalData(DataCategories.Voice, Purposes.EssentialService)]
    public AudioRecord OpenMicrophone()
    {
        var bufferSize = AudioRecord.GetMinBufferSize(48000, ChannelIn.Mono, Encoding.Pcm16bit);
        return new AudioRecord(AudioSource.VoiceCommunication, 48000, ChannelIn.Mono, Encoding.Pcm16bit, bufferSize);
    }
}

/// <summary>Calling phone participants into a meeting.</summary>
public sealed class ConferenceCall
{
    [CollectsPersonalData(DataCategories.Contact, Purposes.EssentialService)]
    public async Task<IReadOnlyList<string>> CallableParticipantsAsync()
    {
        var contacts = await MauiContacts.Default.GetAllAsync();
        return contacts.SelectMany(c => c.Phones).Select(p => p.PhoneNumber).ToList();
    }
}

/// <summary>Device details the service needs.</summary>
[CollectsPersonalData(DataCategories.DeviceId, Purposes.Security)]
public sealed class DeviceDetails(Activity activity)
{
    /// <summary>The Android ID, to count members who join from Android devices.</summary>
    [CollectsPersonalData(DataCategories.DeviceId, Purposes.AnalyticsReporting)]
    public string? AndroidId() => Settings.Secure.GetString(activity.ContentResolver, Settings.Secure.AndroidId);

    public string? MacAddress()
    {
        var wifi = (WifiManager?)activity.GetSystemService(Context.WifiService);
        return wifi?.ConnectionInfo?.MacAddress;
    }

    /// <summary>The headset the meeting audio goes to.</summary>
    [CollectsPersonalData(DataCategories.Device, Purposes.EssentialService)]
    public string? BluetoothName() => BluetoothAdapter.DefaultAdapter?.Name;

    /// <summary>The device model, shown to the organiser with the meeting's audio diagnostics.</summary>
    [CollectsPersonalData(DataCategories.Device, Purposes.EssentialService)]
    public string DeviceType() => Android.OS.Build.Model ?? "unknown";
}

/// <summary>City-level location, to route meetings to the nearest region.</summary>
public sealed class RegionRouting(LocationManager locations)
{
    [CollectsPersonalData(DataCategories.ImpreciseLocation, Purposes.ServiceOperations)]
    public Location? ApproximateLocation() => locations.GetLastKnownLocation(LocationManager.NetworkProvider);
}
