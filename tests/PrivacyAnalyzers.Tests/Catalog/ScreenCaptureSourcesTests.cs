using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>Desktop screen captures (System.Drawing's Graphics.CopyFromScreen, as ShareX takes them): what is on screen is the user's.</summary>
public sealed class ScreenCaptureSourcesTests
{
    [Fact]
    public async Task CopyingTheScreenIsASiteAndDrawingIsNot()
    {
        const string source = """
            using System.Drawing;

            class Capture
            {
                Bitmap Region(Rectangle rect, Image watermark)
                {
                    var bmp = new Bitmap(rect.Width, rect.Height);
                    using (Graphics g = Graphics.FromImage(bmp))
                    {
                        {|#0:g.CopyFromScreen(rect.Location, Point.Empty, rect.Size, CopyPixelOperation.SourceCopy)|};
                        {|#1:g.CopyFromScreen(rect.X, rect.Y, 0, 0, rect.Size)|};

                        // Drawing the app's own image onto the capture reads nothing of the user's.
                        g.DrawImage(watermark, 0, 0);
                    }

                    return bmp;
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(TestBuilder.SitesOf("user.content.private", 0, 1))
            .ValidateAsync();
    }
}
