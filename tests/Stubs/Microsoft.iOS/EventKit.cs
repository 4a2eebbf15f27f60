// Mirrors https://learn.microsoft.com/dotnet/api/eventkit.ekeventstore
// Mirrors https://learn.microsoft.com/dotnet/api/eventkit.ekeventstore.eventsmatching
// Mirrors https://learn.microsoft.com/dotnet/api/eventkit.ekevent
// Mirrors https://developer.apple.com/documentation/eventkit/ekeventstore/events(matching:)
// Shapes checked against dotnet/macios src/eventkit.cs (eventsMatchingPredicate: is EventsMatching,
// enumerateEventsMatchingPredicate:usingBlock: is EnumerateEvents). Only the members realistic app code touches
// are stubbed.
using System;
using System.Threading.Tasks;
using Foundation;

namespace EventKit
{
    public class EKObject : NSObject
    {
        public EKObject() => throw null!;
    }

    public class EKCalendar : EKObject
    {
        public EKCalendar() => throw null!;

        public virtual string Title { get => throw null!; set => throw null!; }
    }

    public class EKCalendarItem : EKObject
    {
        public EKCalendarItem() => throw null!;

        public virtual string Title { get => throw null!; set => throw null!; }

        public virtual string? Location { get => throw null!; set => throw null!; }

        public virtual string? Notes { get => throw null!; set => throw null!; }
    }

    public class EKEvent : EKCalendarItem
    {
        public EKEvent() => throw null!;

        public virtual NSDate StartDate { get => throw null!; set => throw null!; }

        public virtual NSDate EndDate { get => throw null!; set => throw null!; }
    }

    public delegate void EKEventSearchCallback(EKEvent theEvent, ref bool stop);

    public delegate void EKEventStoreRequestAccessCompletionHandler(bool granted, NSError? error);

    public class EKEventStore : NSObject
    {
        public EKEventStore() => throw null!;

        public virtual void RequestFullAccessToEvents(EKEventStoreRequestAccessCompletionHandler completion) => throw null!;

        public virtual Task<Tuple<bool, NSError>> RequestFullAccessToEventsAsync() => throw null!;

        public virtual EKEvent? EventFromIdentifier(string identifier) => throw null!;

        public virtual EKEvent[] EventsMatching(NSPredicate predicate) => throw null!;

        public virtual void EnumerateEvents(NSPredicate predicate, EKEventSearchCallback block) => throw null!;

        public virtual NSPredicate PredicateForEvents(NSDate startDate, NSDate endDate, EKCalendar[]? calendars) => throw null!;

        public virtual bool SaveEvent(EKEvent theEvent, EKSpan span, out NSError error) => throw null!;
    }

    public enum EKSpan : long
    {
        ThisEvent = 0,
        FutureEvents = 1,
    }
}
