// Mirrors https://learn.microsoft.com/dotnet/api/android.media.audiorecord.-ctor
// Mirrors https://learn.microsoft.com/dotnet/api/android.media.mediarecorder.setaudiosource
// Mirrors https://learn.microsoft.com/dotnet/api/android.media.mediarecorder.setvideosource
// Mirrors https://learn.microsoft.com/dotnet/api/android.media.audiosource
// Mirrors https://learn.microsoft.com/dotnet/api/android.media.channelin
// Mirrors https://learn.microsoft.com/dotnet/api/android.media.encoding
// Mirrors https://learn.microsoft.com/dotnet/api/android.media.videosource
// Enum values are those of MediaRecorder.AudioSource, AudioFormat.CHANNEL_IN_* / ENCODING_* and MediaRecorder.VideoSource.
using System;

namespace Android.Media
{
    public enum AudioSource
    {
        Default = 0,
        Mic = 1,
        VoiceUplink = 2,
        VoiceDownlink = 3,
        VoiceCall = 4,
        Camcorder = 5,
        VoiceRecognition = 6,
        VoiceCommunication = 7,
        RemoteSubmix = 8,
        Unprocessed = 9,
        VoicePerformance = 10,
    }

    [Flags]
    public enum ChannelIn
    {
        Default = 1,
        Left = 4,
        Right = 8,
        Front = 16,
        Back = 32,
        Mono = 16,
        Stereo = 12,
    }

    public enum Encoding
    {
        Invalid = 0,
        Default = 1,
        Pcm16bit = 2,
        Pcm8bit = 3,
        PcmFloat = 4,
    }

    public enum VideoSource
    {
        Default = 0,
        Camera = 1,
        Surface = 2,
    }

    public class AudioRecord : Java.Lang.Object
    {
        public AudioRecord(AudioSource audioSource, int sampleRateInHz, ChannelIn channelConfig, Encoding audioFormat, int bufferSizeInBytes) => throw null!;

        protected AudioRecord(IntPtr javaReference, Android.Runtime.JniHandleOwnership transfer) : base(javaReference, transfer) => throw null!;

        public static int GetMinBufferSize(int sampleRateInHz, ChannelIn channelConfig, Encoding audioFormat) => throw null!;

        public virtual void StartRecording() => throw null!;

        public virtual void Stop() => throw null!;

        public virtual void Release() => throw null!;

        public virtual int Read(byte[] audioData, int offsetInBytes, int sizeInBytes) => throw null!;
    }

    public class MediaRecorder : Java.Lang.Object
    {
        [Obsolete("deprecated")]
        public MediaRecorder() => throw null!;

        public MediaRecorder(Android.Content.Context context) => throw null!;

        public virtual void SetAudioSource(AudioSource audioSource) => throw null!;

        public virtual void SetVideoSource(VideoSource video_source) => throw null!;

        public virtual void SetOutputFile(string? path) => throw null!;

        public virtual void Prepare() => throw null!;

        public virtual void Start() => throw null!;

        public virtual void Stop() => throw null!;

        public virtual void Release() => throw null!;
    }
}
