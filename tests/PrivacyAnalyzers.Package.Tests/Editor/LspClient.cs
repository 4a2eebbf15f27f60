using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace PrivacyAnalyzers.Package.Tests.Editor;

/// <summary>
/// The smallest language-server client an editor test needs: JSON-RPC 2.0 over a child's standard
/// streams with the LSP base protocol's <c>Content-Length</c> framing
/// (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#baseProtocol),
/// requests with their responses, notifications in arrival order, and answers to the server's own
/// requests (<c>workspace/configuration</c>, progress and registration requests). Everything the
/// server said is kept in <see cref="Transcript"/> for failure messages.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly Func<string, JsonElement, JsonNode?> answerServerRequest;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> pending = new();
    private readonly Channel<(string Method, JsonElement Params)> notifications = Channel.CreateUnbounded<(string, JsonElement)>();
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly StringBuilder transcript = new();
    private readonly Task reader;
    private long nextId;

    private LspClient(Process process, Func<string, JsonElement, JsonNode?> answerServerRequest)
    {
        this.process = process;
        this.answerServerRequest = answerServerRequest;
        input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data != null)
            {
                Log("stderr: " + e.Data);
            }
        };
        process.BeginErrorReadLine();
        reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>What the server printed and sent, and what was sent to it, for assertion messages.</summary>
    public string Transcript
    {
        get
        {
            lock (transcript)
            {
                return transcript.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the server. <paramref name="answerServerRequest"/> answers a request from the server
    /// (method, params) with its result; null answers null, which LSP allows for every request a test
    /// does not care about.
    /// </summary>
    public static LspClient Start(ProcessStartInfo startInfo, Func<string, JsonElement, JsonNode?> answerServerRequest)
    {
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start " + startInfo.FileName);
        return new LspClient(process, answerServerRequest);
    }

    public async Task<JsonElement> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref nextId);
        var response = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = response;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
        try
        {
            return await response.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No response to {method} within {timeout}.\n{Transcript}");
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
        => SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// The params of the next notification of <paramref name="method"/> that <paramref name="match"/>
    /// accepts; those before it are consumed. Null when none came within the timeout or the server
    /// closed its output.
    /// </summary>
    public async Task<JsonElement?> WaitForNotificationAsync(string method, Func<JsonElement, bool> match, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            while (await notifications.Reader.WaitToReadAsync(cancellation.Token).ConfigureAwait(false))
            {
                while (notifications.Reader.TryRead(out var notification))
                {
                    if (notification.Method == method && match(notification.Params))
                    {
                        return notification.Params;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        return null;
    }

    /// <summary>Ends the session as an editor does (<c>shutdown</c>, then <c>exit</c>), and the process tree if it lingers.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(15)).ConfigureAwait(false);
                await NotifyAsync("exit", null).ConfigureAwait(false);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                await process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or IOException or InvalidOperationException)
        {
            // A server that does not shut down cleanly is ended below.
        }
        finally
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                }
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }

            await reader.ConfigureAwait(false);
            process.Dispose();
            writeLock.Dispose();
        }
    }

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        Log("--> " + Shorten(message.ToJsonString()));
        await writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await input.WriteAsync(header).ConfigureAwait(false);
            await input.WriteAsync(body).ConfigureAwait(false);
            await input.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var output = process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessageAsync(output).ConfigureAwait(false) is { } message)
            {
                await DispatchAsync(message).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or JsonException or ObjectDisposedException or FormatException)
        {
            Log("reader stopped: " + exception.Message);
        }
        finally
        {
            notifications.Writer.TryComplete();
            foreach (var waiting in pending.Values)
            {
                waiting.TrySetException(new IOException("The server closed its output.\n" + Transcript));
            }
        }
    }

    private async Task DispatchAsync(JsonElement message)
    {
        var hasMethod = message.TryGetProperty("method", out var methodElement);
        var hasId = message.TryGetProperty("id", out var id);
        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        if (hasMethod && hasId)
        {
            // A request from the server: answer it, or it may wait for ever.
            var method = methodElement.GetString() ?? string.Empty;
            Log("<-- request " + method + " " + Shorten(parameters.ValueKind == JsonValueKind.Undefined ? string.Empty : parameters.GetRawText()));
            var answer = new JsonObject
            {
                ["jsonrpc"] = "2.0",
                ["id"] = JsonNode.Parse(id.GetRawText()),
                ["result"] = answerServerRequest(method, parameters),
            };
            await SendAsync(answer).ConfigureAwait(false);
        }
        else if (hasMethod)
        {
            var method = methodElement.GetString() ?? string.Empty;
            Log("<-- " + method + " " + Shorten(parameters.ValueKind == JsonValueKind.Undefined ? string.Empty : parameters.GetRawText()));
            await notifications.Writer.WriteAsync((method, parameters)).ConfigureAwait(false);
        }
        else if (hasId && id.ValueKind == JsonValueKind.Number && pending.TryGetValue(id.GetInt64(), out var waiting))
        {
            Log("<-- response " + Shorten(message.GetRawText()));
            if (message.TryGetProperty("error", out var error))
            {
                waiting.TrySetException(new InvalidOperationException("The server answered with an error: " + error.GetRawText()));
            }
            else
            {
                waiting.TrySetResult(message.TryGetProperty("result", out var result) ? result : default);
            }
        }
    }

    /// <summary>One message: the headers up to a blank line, then exactly Content-Length bytes of UTF-8 JSON; null at end of stream.</summary>
    private static async Task<JsonElement?> ReadMessageAsync(Stream stream)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync(stream).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            throw new FormatException("A message without Content-Length.");
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body).ConfigureAwait(false);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>A header line without its CR LF; null at end of stream. Headers are ASCII.</summary>
    private static async Task<string?> ReadHeaderLineAsync(Stream stream)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one).ConfigureAwait(false) == 0)
            {
                return null;
            }

            if (one[0] == (byte)'\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }

    private void Log(string line)
    {
        lock (transcript)
        {
            transcript.Append(DateTime.UtcNow.ToString("HH:mm:ss.f", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').AppendLine(line);
        }
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
