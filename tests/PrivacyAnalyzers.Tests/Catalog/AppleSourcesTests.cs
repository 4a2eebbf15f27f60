using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>.NET for iOS and Mac Catalyst: photos, the image picker, the pasteboard, calendars, HealthKit and the device name.</summary>
public sealed class AppleSourcesTests
{
    [Fact]
    public async Task PhotosAndTheImagePicker()
    {
        const string source = """
            using System;
            using CoreGraphics;
            using Photos;
            using UIKit;

            class AvatarViewController : UIViewController
            {
                void Thumbnail(PHAsset asset, Action<UIImage> done)
                {
                    var options = new PHImageRequestOptions { NetworkAccessAllowed = true };
                    {|#0:PHImageManager.DefaultManager.RequestImageForAsset(asset, new CGSize(200, 200), PHImageContentMode.AspectFill, options, (image, info) => done(image))|};
                }

                void Pick()
                {
                    var picker = new UIImagePickerController { SourceType = UIImagePickerControllerSourceType.Camera };
                    {|#1:picker.FinishedPickingMedia|} += OnPicked;
                    picker.Canceled += (sender, e) => picker.DismissViewController(true, null);
                    PresentViewController(picker, true, null);
                }

                void Unsubscribe(UIImagePickerController picker) => picker.FinishedPickingMedia -= OnPicked;

                void OnPicked(object? sender, UIImagePickerMediaPickedEventArgs e) { }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.content.self_image"),
                (1, "user.content.self_image"))
            .ValidateAsync();
    }

    [Fact]
    public async Task PasteboardReadsAreFlaggedWritesAreNot()
    {
        const string source = """
            using UIKit;

            class PasteHandler
            {
                void Paste()
                {
                    var board = UIPasteboard.General;
                    if (board.HasImages)
                    {
                        var images = {|#0:board.Images|};
                    }

                    var link = {|#1:board.Url|};
                    board.String = "copied";
                }

                string Device() => {|#2:UIDevice.CurrentDevice.Name|} + " " + {|#3:UIDevice.CurrentDevice.SystemVersion|};
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.content.private"),
                (1, "user.content.private"),
                (2, "user.device"),
                (3, "user.device"))
            .ValidateAsync();
    }

    [Fact]
    public async Task CalendarAndHealth()
    {
        const string source = """
            using EventKit;
            using Foundation;
            using HealthKit;

            class Planner
            {
                readonly EKEventStore store = new();
                readonly HKHealthStore health = new();

                EKEvent[] Today(NSDate start, NSDate end)
                {
                    var predicate = store.PredicateForEvents(start, end, null);
                    return {|#0:store.EventsMatching(predicate)|};
                }

                void Walk(EKEventStore other, NSPredicate predicate) => {|#1:other.EnumerateEvents(predicate, (EKEvent e, ref bool stop) => { })|};

                void Steps(HKSampleType steps)
                {
                    var query = new HKSampleQuery(steps, null, 100, null, (q, results, error) => { });
                    {|#2:health.ExecuteQuery(query)|};
                    health.StopQuery(query);
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.content.private"),
                (1, "user.content.private"),
                (2, "user.health_and_medical"))
            .ValidateAsync();
    }
}
