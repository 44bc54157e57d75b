using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>Network access (WEFT1006): clients, requests, sockets and name lookups, whose answers are inputs no run records.</summary>
internal sealed class NetworkCalls
{
    private readonly INamedTypeSymbol? _httpClient;
    private readonly INamedTypeSymbol? _httpMessageInvoker;
    private readonly INamedTypeSymbol? _httpClientJson;
    private readonly INamedTypeSymbol? _webClient;
    private readonly INamedTypeSymbol? _webRequest;
    private readonly INamedTypeSymbol? _dns;
    // Creating one of these opens (or is only good for opening) a connection.
    private readonly INamedTypeSymbol?[] _connections;

    public NetworkCalls(Compilation compilation)
    {
        _httpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        _httpMessageInvoker = compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageInvoker");
        _httpClientJson = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
        _webClient = compilation.GetTypeByMetadataName("System.Net.WebClient");
        _webRequest = compilation.GetTypeByMetadataName("System.Net.WebRequest");
        _dns = compilation.GetTypeByMetadataName("System.Net.Dns");
        _connections =
        [
            _httpClient,
            _webClient,
            compilation.GetTypeByMetadataName("System.Net.Sockets.Socket"),
            compilation.GetTypeByMetadataName("System.Net.Sockets.TcpClient"),
            compilation.GetTypeByMetadataName("System.Net.Sockets.UdpClient"),
            compilation.GetTypeByMetadataName("System.Net.WebSockets.ClientWebSocket"),
        ];
    }

    public Finding? Classify(IOperation operation)
    {
        var culprit = operation switch
        {
            IInvocationOperation invocation => Culprit(invocation.TargetMethod),
            IObjectCreationOperation { Type: { } type } when IsConnection(type) => "new " + type.Name + "()",
            _ => null,
        };
        return culprit is null ? null : new Finding(DiagnosticDescriptors.Network, operation.Syntax.GetLocation(), culprit);
    }

    private string? Culprit(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if ((Is(type, _httpClient) || Is(type, _httpMessageInvoker)) && IsRequest(method.Name)
            || Is(type, _httpClientJson))
        {
            return "HttpClient." + method.Name + "()";
        }

        if (Is(type, _webClient) && (method.Name.StartsWith("Download") || method.Name.StartsWith("Upload") || method.Name.StartsWith("Open")))
        {
            return "WebClient." + method.Name + "()";
        }

        if (Is(type, _webRequest) && method.IsStatic && method.Name.StartsWith("Create")
            || Is(type, _dns))
        {
            return type.Name + "." + method.Name + "()";
        }

        return null;
    }

    private static bool IsRequest(string name) =>
        name is "Send" or "SendAsync"
        || name.StartsWith("Get") && name.EndsWith("Async")
        || name.StartsWith("Post") || name.StartsWith("Put") || name.StartsWith("Patch") || name.StartsWith("Delete");

    private bool IsConnection(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var known in _connections)
            {
                if (Is(current, known))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && SymbolEqualityComparer.Default.Equals(type, known);
}
