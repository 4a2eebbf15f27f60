// Mirrors https://learn.microsoft.com/dotnet/api/avfoundation.avaudiorecorder
// Mirrors https://learn.microsoft.com/dotnet/api/avfoundation.avaudiorecorder.create
// Mirrors https://learn.microsoft.com/dotnet/api/avfoundation.audiosettings
// Mirrors https://learn.microsoft.com/dotnet/api/avfoundation.avcapturesession
// Mirrors https://learn.microsoft.com/dotnet/api/avfoundation.avcapturedevice.getdefaultdevice
// Mirrors https://learn.microsoft.com/dotnet/api/avfoundation.avcapturedeviceinput
// Shapes checked against dotnet/macios src/avfoundation.cs and the generated AVAudioRecorder binding:
// recordForDuration: is bound as RecordFor(double), recordAtTime: as RecordAt(...).
using Foundation;

namespace AVFoundation
{
    public class AudioSettings : DictionaryContainer
    {
        public AudioSettings() => throw null!;

        public AudioSettings(NSDictionary dictionary) => throw null!;

        public float? SampleRate { get => throw null!; set => throw null!; }

        public int? NumberChannels { get => throw null!; set => throw null!; }

        public AVAudioQuality? AudioQuality { get => throw null!; set => throw null!; }
    }

    public enum AVAudioQuality : long
    {
        Min = 0,
        Low = 32,
        Medium = 64,
        High = 96,
        Max = 127,
    }

    public class AVAudioFormat : NSObject, INSSecureCoding
    {
        public AVAudioFormat() => throw null!;
    }

    public class AVAudioRecorder : NSObject
    {
        public AVAudioRecorder() => throw null!;

        public static AVAudioRecorder? Create(NSUrl url, AudioSettings settings, out NSError? error) => throw null!;

        public static AVAudioRecorder? Create(NSUrl url, AVAudioFormat? format, out NSError? error) => throw null!;

        public virtual bool PrepareToRecord() => throw null!;

        public virtual bool Record() => throw null!;

        public virtual bool RecordAt(double time) => throw null!;

        public virtual bool RecordAt(double time, double duration) => throw null!;

        public virtual bool RecordFor(double duration) => throw null!;

        public virtual void Pause() => throw null!;

        public virtual void Stop() => throw null!;

        public virtual bool Recording => throw null!;

        public virtual NSUrl Url => throw null!;
    }

    public enum AVMediaTypes
    {
        Video = 0,
        Audio = 1,
        Text = 2,
        ClosedCaption = 3,
        Subtitle = 4,
        Timecode = 5,
        Metadata = 7,
        Muxed = 8,
    }

    public class AVCaptureDevice : NSObject
    {
        public AVCaptureDevice() => throw null!;

        public static AVCaptureDevice? GetDefaultDevice(AVMediaTypes mediaType) => throw null!;

        public static AVCaptureDevice? GetDefaultDevice(NSString mediaType) => throw null!;

        public virtual string LocalizedName => throw null!;

        public virtual string UniqueID => throw null!;
    }

    public class AVCaptureInput : NSObject
    {
        public AVCaptureInput() => throw null!;
    }

    public class AVCaptureDeviceInput : AVCaptureInput
    {
        public AVCaptureDeviceInput(AVCaptureDevice device, out NSError error) => throw null!;

        public static AVCaptureDeviceInput? FromDevice(AVCaptureDevice device, out NSError error) => throw null!;

        public virtual AVCaptureDevice Device => throw null!;
    }

    public class AVCaptureOutput : NSObject
    {
        public AVCaptureOutput() => throw null!;
    }

    public class AVCaptureSession : NSObject
    {
        public AVCaptureSession() => throw null!;

        public virtual bool Running => throw null!;

        public virtual bool CanAddInput(AVCaptureInput input) => throw null!;

        public virtual void AddInput(AVCaptureInput input) => throw null!;

        public virtual void RemoveInput(AVCaptureInput input) => throw null!;

        public virtual bool CanAddOutput(AVCaptureOutput output) => throw null!;

        public virtual void AddOutput(AVCaptureOutput output) => throw null!;

        public virtual void StartRunning() => throw null!;

        public virtual void StopRunning() => throw null!;
    }
}
