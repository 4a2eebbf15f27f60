// Mirrors https://learn.microsoft.com/dotnet/api/photos.phasset
// Mirrors https://learn.microsoft.com/dotnet/api/photos.phfetchresult
// Mirrors https://learn.microsoft.com/dotnet/api/photos.phfetchoptions
// Mirrors https://developer.apple.com/documentation/photokit/phasset/fetchassets(with:)
// Mirrors https://learn.microsoft.com/dotnet/api/photos.phimagemanager
// Mirrors https://learn.microsoft.com/dotnet/api/photos.phimagemanager.requestimageforasset
// Mirrors https://developer.apple.com/documentation/photokit/phimagemanager/requestimage(for:targetsize:contentmode:options:resulthandler:)
// PHImageManager checked against dotnet/macios src/photos.cs (RequestImageForAsset returns the int PHImageRequestID).
// Shapes checked against the generated .NET binding of PHAsset (static FetchAssets overloads return PHFetchResult).
using System.Collections;
using System.Collections.Generic;
using Foundation;

namespace Photos
{
    public enum PHAssetMediaType : long
    {
        Unknown = 0,
        Image = 1,
        Video = 2,
        Audio = 3,
    }

    public class PHObject : NSObject, INSCopying
    {
        public PHObject() => throw null!;

        public virtual string LocalIdentifier => throw null!;
    }

    public class PHAsset : PHObject
    {
        public PHAsset() => throw null!;

        public virtual PHAssetMediaType MediaType => throw null!;

        public virtual CoreLocation.CLLocation? Location => throw null!;

        public virtual NSDate? CreationDate => throw null!;

        public static PHFetchResult FetchAssets(PHAssetCollection assetCollection, PHFetchOptions? options) => throw null!;

        public static PHFetchResult FetchAssets(PHAssetMediaType mediaType, PHFetchOptions? options) => throw null!;

        public static PHFetchResult FetchAssets(string burstIdentifier, PHFetchOptions? options) => throw null!;

        public static PHFetchResult FetchAssets(PHFetchOptions? options) => throw null!;

        public static PHFetchResult FetchAssetsUsingLocalIdentifiers(string[] identifiers, PHFetchOptions? options) => throw null!;

        public static PHFetchResult? FetchKeyAssets(PHAssetCollection assetCollection, PHFetchOptions? options) => throw null!;
    }

    public class PHAssetCollection : PHObject
    {
        public PHAssetCollection() => throw null!;
    }

    public class PHFetchOptions : NSObject, INSCopying
    {
        public PHFetchOptions() => throw null!;

        public virtual NSPredicate? Predicate { get => throw null!; set => throw null!; }

        public virtual nint FetchLimit { get => throw null!; set => throw null!; }
    }

    public class PHFetchResult : NSObject, IEnumerable<NSObject>, INSCopying
    {
        public PHFetchResult() => throw null!;

        public virtual nint Count => throw null!;

        public NSObject this[nint index] => throw null!;

        public IEnumerator<NSObject> GetEnumerator() => throw null!;

        IEnumerator IEnumerable.GetEnumerator() => throw null!;
    }

    public enum PHImageContentMode : long
    {
        AspectFit = 0,
        AspectFill = 1,
        Default = 0,
    }

    public class PHImageRequestOptions : NSObject, INSCopying
    {
        public PHImageRequestOptions() => throw null!;

        public virtual bool NetworkAccessAllowed { get => throw null!; set => throw null!; }

        public virtual bool Synchronous { get => throw null!; set => throw null!; }
    }

    public delegate void PHImageResultHandler(UIKit.UIImage result, NSDictionary info);

    public class PHImageManager : NSObject
    {
        public PHImageManager() => throw null!;

        public static PHImageManager DefaultManager => throw null!;

        public virtual void CancelImageRequest(int requestID) => throw null!;

        public virtual int RequestImageForAsset(PHAsset asset, CoreGraphics.CGSize targetSize, PHImageContentMode contentMode, PHImageRequestOptions? options, PHImageResultHandler resultHandler) => throw null!;
    }
}

namespace CoreGraphics
{
    // Mirrors https://learn.microsoft.com/dotnet/api/coregraphics.cgsize
    public struct CGSize
    {
        public static readonly CGSize Empty;

        public CGSize(double width, double height) => throw null!;

        public System.Runtime.InteropServices.NFloat Width { get => throw null!; set => throw null!; }

        public System.Runtime.InteropServices.NFloat Height { get => throw null!; set => throw null!; }
    }
}
