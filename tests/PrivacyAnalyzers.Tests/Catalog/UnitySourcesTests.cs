using PrivacyAnalyzers.Tests.Verifiers;
using Xunit;

namespace PrivacyAnalyzers.Tests.Catalog;

/// <summary>Unity's script API: device identifiers, location, camera, microphone and the clipboard.</summary>
public sealed class UnitySourcesTests
{
    [Fact]
    public async Task GameObjectScriptsThatCollect()
    {
        const string source = """
            using System.Collections;
            using UnityEngine;

            public class PlayerProfile : MonoBehaviour
            {
                string Identify() => {|#0:SystemInfo.deviceUniqueIdentifier|} + " " + {|#1:SystemInfo.deviceName|} + " " + SystemInfo.deviceModel;

                IEnumerator Locate()
                {
                    if (!Input.location.isEnabledByUser)
                    {
                        yield break;
                    }

                    {|#2:Input.location.Start(10f, 10f)|};
                    while (Input.location.status == LocationServiceStatus.Initializing)
                    {
                        yield return new WaitForSeconds(1);
                    }

                    var fix = {|#3:Input.location.lastData|};
                    Debug.Log(fix.latitude + "," + fix.longitude);
                    Input.location.Stop();
                }

                void Ads() => {|#4:Application.RequestAdvertisingIdentifierAsync((id, tracking, error) => Debug.Log(id))|};

                void Selfie()
                {
                    var camera = {|#5:new WebCamTexture(WebCamTexture.devices[0].name)|};
                    {|#6:camera.Play()|};
                    camera.Stop();
                }

                AudioClip Record() => {|#7:Microphone.Start(null, false, 10, 44100)|};

                string Paste() => {|#8:GUIUtility.systemCopyBuffer|};

                void Copy(string code) => GUIUtility.systemCopyBuffer = code;
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites(
                (0, "user.device.device_id"),
                (1, "user.device"),
                (2, "user.location.precise"),
                (3, "user.location.precise"),
                (4, "user.device.device_id"),
                (5, "user.content.self_image"),
                (6, "user.content.self_image"),
                (7, "user.biometric.voice"),
                (8, "user.content.private"))
            .ValidateAsync();
    }

    [Fact]
    public async Task UserTypesNamedLikeUnityTypesAreNotFlagged()
    {
        const string source = """
            namespace MyGame
            {
                static class SystemInfo
                {
                    public static string deviceUniqueIdentifier => "";
                }

                class Microphone
                {
                    public static object? Start(string device, bool loop, int length, int frequency) => null;
                }

                class Uses
                {
                    void Run()
                    {
                        _ = SystemInfo.deviceUniqueIdentifier;
                        _ = Microphone.Start("", false, 1, 1);
                    }
                }
            }
            """;

        await TestBuilder.Create()
            .WithSource(source)
            .ShouldReportSites()
            .ValidateAsync();
    }
}
