using static Weft.Analyzers.Tests.AnalyzerRun;

namespace Weft.Analyzers.Tests;

public sealed class NetworkTests
{
    [Theory]
    [InlineData("new HttpClient()", "new HttpClient()")]
    [InlineData("new WebClient()", "new WebClient()")]
    [InlineData("new TcpClient()", "new TcpClient()")]
    [InlineData("new UdpClient()", "new UdpClient()")]
    [InlineData("new Socket(SocketType.Stream, ProtocolType.Tcp)", "new Socket()")]
    [InlineData("new ClientWebSocket()", "new ClientWebSocket()")]
    [InlineData("WebRequest.Create(\"https://example.com/houses.csv\")", "WebRequest.Create()")]
    [InlineData("Dns.GetHostAddresses(\"example.com\")", "Dns.GetHostAddresses()")]
    [InlineData("Dns.GetHostName()", "Dns.GetHostName()")]
    public Task NetworkAccessInAStep_IsReported(string expression, string culprit) => VerifyAsync($$"""
        #pragma warning disable SYSLIB0014
        using System.Net;
        using System.Net.Http;
        using System.Net.Sockets;
        using System.Net.WebSockets;
        using Weft;

        public static class Steps
        {
            [Step] public static string Fetch(int x) => x + " " + {|#0:{{expression}}|};
        }
        """,
        Expect(DiagnosticDescriptors.Network, 0, "Fetch", "", culprit));

    [Theory]
    [InlineData("GetStringAsync(\"https://example.com/houses.csv\")", "HttpClient.GetStringAsync()")]
    [InlineData("GetByteArrayAsync(\"https://example.com/houses.csv\")", "HttpClient.GetByteArrayAsync()")]
    [InlineData("GetAsync(\"https://example.com/houses.csv\")", "HttpClient.GetAsync()")]
    [InlineData("PostAsync(\"https://example.com/runs\", null)", "HttpClient.PostAsync()")]
    [InlineData("SendAsync(new HttpRequestMessage())", "HttpClient.SendAsync()")]
    [InlineData("GetFromJsonAsync<int[]>(\"https://example.com/ids\")", "HttpClient.GetFromJsonAsync()")]
    public Task RequestThroughASharedClient_IsReportedAtTheRequest(string call, string culprit) => VerifyAsync($$"""
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;
        using Weft;

        public static class Steps
        {
            static readonly HttpClient s_http = new();

            [Step] public static async Task<string> Fetch(int x) => x + " " + await {|#0:s_http.{{call}}|};
        }
        """,
        Expect(DiagnosticDescriptors.Network, 0, "Fetch", "", culprit));

    [Fact]
    public Task WebClientDownload_IsReportedWithItsCreation() => VerifyAsync("""
        #pragma warning disable SYSLIB0014
        using System.Net;
        using Weft;

        public static class Steps
        {
            [Step] public static string Fetch(string url)
            {
                using var client = {|#0:new WebClient()|};
                return {|#1:client.DownloadString(url)|};
            }
        }
        """,
        Expect(DiagnosticDescriptors.Network, 0, "Fetch", "", "new WebClient()"),
        Expect(DiagnosticDescriptors.Network, 1, "Fetch", "", "WebClient.DownloadString()"));

    [Fact]
    public Task DownloadInAHelper_IsReportedAtTheStepsCall() => VerifyAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;
        using Weft;

        public static class Remote
        {
            static readonly HttpClient s_http = new();

            public static Task<string> Prices() => s_http.GetStringAsync("https://example.com/prices.csv");
        }

        public static class Steps
        {
            [Step] public static async Task<int> Load(int x) => x + (await {|#0:Remote.Prices()|}).Length;
        }
        """,
        Expect(DiagnosticDescriptors.Network, 0, "Load", "calls Remote.Prices(), which ", "HttpClient.GetStringAsync()"));

    [Fact]
    public Task UrisAndAddressesWithoutAConnection_AreNotReported() => VerifyAsync("""
        using System;
        using System.Net;
        using System.Net.Http;
        using Weft;

        public static class Steps
        {
            [Step] public static string Describe(string url)
            {
                var uri = new Uri(url);
                var address = IPAddress.Parse("127.0.0.1");
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                return uri.Host + address + request.Method + WebUtility.UrlEncode(url);
            }
        }
        """);

    [Fact]
    public Task NetworkUseNoStepReaches_IsNotReported() => VerifyAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;
        using Weft;

        public static class Program
        {
            public static Task<string> Download() => new HttpClient().GetStringAsync("https://example.com/houses.csv");

            [Step] public static int Double(int x) => x * 2;
        }
        """);
}
