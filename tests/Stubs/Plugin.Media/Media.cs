// Mirrors https://github.com/jamesmontemagno/MediaPlugin/blob/master/src/Media.Plugin/Shared/CrossMedia.cs
// Mirrors https://github.com/jamesmontemagno/MediaPlugin/blob/master/src/Media.Plugin/Shared/IMedia.cs
// Mirrors https://github.com/jamesmontemagno/MediaPlugin/blob/master/src/Media.Plugin/Shared/MediaFile.cs
// Mirrors https://github.com/jamesmontemagno/MediaPlugin/blob/master/src/Media.Plugin/Shared/MediaStoreOptions.cs
// The Xamarin-era media plugin (NuGet Xam.Plugin.Media): CrossMedia.Current is the platform's IMedia, which takes
// and picks photos and videos. Only the members app code touches are stubbed.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Plugin.Media.Abstractions;

namespace Plugin.Media
{
    public class CrossMedia
    {
        public static bool IsSupported => throw null;

        public static IMedia Current => throw null;
    }
}

namespace Plugin.Media.Abstractions
{
    public interface IMedia
    {
        bool IsCameraAvailable { get; }

        bool IsTakePhotoSupported { get; }

        bool IsPickPhotoSupported { get; }

        bool IsTakeVideoSupported { get; }

        bool IsPickVideoSupported { get; }

        Task<bool> Initialize();

        Task<MediaFile> PickPhotoAsync(PickMediaOptions options = null, CancellationToken token = default(CancellationToken));

        Task<List<MediaFile>> PickPhotosAsync(PickMediaOptions options = null, MultiPickerCustomisations customisations = null, CancellationToken token = default(CancellationToken));

        Task<MediaFile> TakePhotoAsync(StoreCameraMediaOptions options, CancellationToken token = default(CancellationToken));

        Task<MediaFile> PickVideoAsync(CancellationToken token = default(CancellationToken));

        Task<MediaFile> TakeVideoAsync(StoreVideoOptions options, CancellationToken token = default(CancellationToken));
    }

    public sealed class MediaFile : IDisposable
    {
        public MediaFile(string path, Func<Stream> streamGetter, Func<Stream> streamGetterForExternalStorage = null, string albumPath = null) => throw null;

        public string Path => throw null;

        public string AlbumPath { get => throw null; set => throw null; }

        public Stream GetStream() => throw null;

        public Stream GetStreamWithImageRotatedForExternalStorage() => throw null;

        public void Dispose() => throw null;
    }

    public enum PhotoSize
    {
        Small,
        Medium,
        Large,
        Full,
        Custom,
        MaxWidthHeight,
    }

    public enum CameraDevice
    {
        Rear,
        Front,
    }

    public class PickMediaOptions
    {
        public PhotoSize PhotoSize { get => throw null; set => throw null; }

        public int CompressionQuality { get => throw null; set => throw null; }

        public int? MaxWidthHeight { get => throw null; set => throw null; }
    }

    public class MultiPickerCustomisations
    {
    }

    public class StoreMediaOptions
    {
        protected StoreMediaOptions() => throw null;

        public string Directory { get => throw null; set => throw null; }

        public string Name { get => throw null; set => throw null; }
    }

    public class StoreCameraMediaOptions : StoreMediaOptions
    {
        public CameraDevice DefaultCamera { get => throw null; set => throw null; }

        public bool SaveToAlbum { get => throw null; set => throw null; }

        public bool AllowCropping { get => throw null; set => throw null; }

        public PhotoSize PhotoSize { get => throw null; set => throw null; }

        public int CustomPhotoSize { get => throw null; set => throw null; }

        public int? MaxWidthHeight { get => throw null; set => throw null; }

        public int CompressionQuality { get => throw null; set => throw null; }
    }

    public class StoreVideoOptions : StoreCameraMediaOptions
    {
        public TimeSpan DesiredLength { get => throw null; set => throw null; }
    }
}
