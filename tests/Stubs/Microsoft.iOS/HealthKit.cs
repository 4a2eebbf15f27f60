// Mirrors https://learn.microsoft.com/dotnet/api/healthkit.hkhealthstore
// Mirrors https://learn.microsoft.com/dotnet/api/healthkit.hkhealthstore.executequery
// Mirrors https://learn.microsoft.com/dotnet/api/healthkit.hksamplequery
// Mirrors https://developer.apple.com/documentation/healthkit/hkhealthstore/execute(_:)
// Shapes checked against dotnet/macios src/healthkit.cs (executeQuery: is ExecuteQuery). Only the members realistic
// app code touches are stubbed.
using Foundation;

namespace HealthKit
{
    public class HKObjectType : NSObject
    {
        public HKObjectType() => throw null!;
    }

    public class HKSampleType : HKObjectType
    {
        public HKSampleType() => throw null!;
    }

    public class HKObject : NSObject
    {
        public HKObject() => throw null!;
    }

    public class HKSample : HKObject
    {
        public HKSample() => throw null!;

        public virtual NSDate StartDate => throw null!;
    }

    public class HKQuery : NSObject
    {
        protected HKQuery() => throw null!;
    }

    public delegate void HKSampleQueryResultsHandler(HKSampleQuery query, HKSample[]? results, NSError? error);

    public class HKSampleQuery : HKQuery
    {
        public HKSampleQuery(HKSampleType sampleType, NSPredicate? predicate, nuint limit, NSSortDescriptor[]? sortDescriptors, HKSampleQueryResultsHandler resultsHandler) => throw null!;
    }

    public class HKHealthStore : NSObject
    {
        public HKHealthStore() => throw null!;

        public static bool IsHealthDataAvailable => throw null!;

        public virtual void ExecuteQuery(HKQuery query) => throw null!;

        public virtual void StopQuery(HKQuery query) => throw null!;
    }
}
