// Mirrors https://learn.microsoft.com/dotnet/api/photos.phasset
// Mirrors https://learn.microsoft.com/dotnet/api/photos.phfetchresult
// Mirrors https://learn.microsoft.com/dotnet/api/photos.phfetchoptions
// Mirrors https://developer.apple.com/documentation/photokit/phasset/fetchassets(with:)
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
}
