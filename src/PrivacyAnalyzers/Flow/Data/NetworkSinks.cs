using System.Collections.Immutable;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Flow.Data
{
    /// <summary>
    /// PRIV103's sinks: HTTP (the URL, query, headers or content of a request), SMTP and gRPC clients
    /// (every call on a type derived from <c>Grpc.Core.ClientBase</c>, the base of generated clients:
    /// <see cref="GrpcClientBase"/>). The processor is the remote host, unknown here: the rows say what
    /// kind of endpoint it is.
    /// </summary>
    internal static class NetworkSinks
    {
        /// <summary>The base of every generated gRPC client (Grpc.Core.Api 2.85.0).</summary>
        public const string GrpcClientBase = "Grpc.Core.ClientBase";

        private const string Http = "HTTP endpoint";
        private const string HttpDoc = "https://learn.microsoft.com/dotnet/api/system.net.http.httpclient";
        private const string JsonDoc = "https://learn.microsoft.com/dotnet/api/system.net.http.json.httpclientjsonextensions";

        public static ImmutableArray<FlowMember> Rows { get; } = ImmutableArray.Create(
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.HttpClient", "Get*", Http, HttpDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.HttpClient", "Post*", Http, HttpDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.HttpClient", "Put*", Http, HttpDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.HttpClient", "Patch*", Http, HttpDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.HttpClient", "Delete*", Http, HttpDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.HttpClient", "Send*", Http, HttpDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.HttpMessageInvoker", "Send*", Http, "https://learn.microsoft.com/dotnet/api/system.net.http.httpmessageinvoker.sendasync"),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.Json.HttpClientJsonExtensions", "Get*", Http, JsonDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.Json.HttpClientJsonExtensions", "Post*", Http, JsonDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.Json.HttpClientJsonExtensions", "Put*", Http, JsonDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.Json.HttpClientJsonExtensions", "Patch*", Http, JsonDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.Json.HttpClientJsonExtensions", "Delete*", Http, JsonDoc),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.Headers.HttpHeaders", "Add", Http, "https://learn.microsoft.com/dotnet/api/system.net.http.headers.httpheaders.add"),
            FlowMember.Sink(SinkKind.Network, "System.Net.Http.Headers.HttpHeaders", "TryAddWithoutValidation", Http, "https://learn.microsoft.com/dotnet/api/system.net.http.headers.httpheaders.tryaddwithoutvalidation"),
            FlowMember.Sink(SinkKind.Network, "System.Net.WebClient", "Download*", Http, "https://learn.microsoft.com/dotnet/api/system.net.webclient"),
            FlowMember.Sink(SinkKind.Network, "System.Net.WebClient", "Upload*", Http, "https://learn.microsoft.com/dotnet/api/system.net.webclient"),
            FlowMember.Sink(SinkKind.Network, "System.Net.Mail.SmtpClient", "Send*", "SMTP server", "https://learn.microsoft.com/dotnet/api/system.net.mail.smtpclient.send"),
            // MailKit 4.18 (SmtpClient derives from MailTransport, whose Send and SendAsync it overrides).
            FlowMember.Sink(SinkKind.Network, "MailKit.MailTransport", "Send*", "SMTP server", "https://mimekit.net/docs/html/M_MailKit_MailTransport_Send.htm"),
            FlowMember.Sink(SinkKind.Network, GrpcClientBase, "", "gRPC service", "https://grpc.github.io/grpc/csharp/api/Grpc.Core.ClientBase.html"));
    }
}
