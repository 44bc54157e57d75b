using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Weft.Kubernetes.Tests.Manifests.Apply;

/// <summary>
/// A loopback HTTP server that answers the calls <c>k8s apply</c> makes as the Kubernetes API would: create (201, or 409
/// when the name exists), read (200 or 404), replace (200) and delete (200). It keeps the objects by path and records
/// every request as "METHOD path".
/// </summary>
public sealed class RecordingApiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, JsonObject> _objects = new(StringComparer.Ordinal);
    private readonly List<string> _requests = [];
    private readonly Task _loop;

    public RecordingApiServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public JsonObject? Object(string path)
    {
        lock (_objects)
        {
            return _objects.TryGetValue(path, out var value) ? value : null;
        }
    }

    /// <summary>A kubeconfig that points at this server, written to <paramref name="path"/>.</summary>
    public string WriteKubeconfig(string path)
    {
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
              - name: loopback
                cluster:
                  server: http://127.0.0.1:{Port}
            users:
              - name: tester
                user:
                  token: test-token
            contexts:
              - name: loopback
                context:
                  cluster: loopback
                  user: tester
                  namespace: default
            current-context: loopback
            """);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop with one of these.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath.TrimEnd('/');
        lock (_requests)
        {
            _requests.Add($"{request.HttpMethod} {path}");
        }

        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync();
        }

        var (status, answer) = Handle(request.HttpMethod, path, body);
        var bytes = Encoding.UTF8.GetBytes(answer.ToJsonString());
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private (HttpStatusCode, JsonNode) Handle(string method, string path, string body)
    {
        lock (_objects)
        {
            switch (method)
            {
                case "POST":
                {
                    var value = JsonNode.Parse(body)!.AsObject();
                    var name = value["metadata"]!["name"]!.GetValue<string>();
                    var item = path + "/" + name;
                    if (_objects.ContainsKey(item))
                    {
                        return (HttpStatusCode.Conflict, Status(409, "AlreadyExists", $"\"{name}\" already exists"));
                    }

                    value["metadata"]!["resourceVersion"] = "1";
                    _objects[item] = value;
                    return (HttpStatusCode.Created, value.DeepClone());
                }

                case "GET":
                    return _objects.TryGetValue(path, out var found)
                        ? (HttpStatusCode.OK, found.DeepClone())
                        : (HttpStatusCode.NotFound, Status(404, "NotFound", $"{path} not found"));
                case "PUT":
                {
                    if (!_objects.TryGetValue(path, out var existing))
                    {
                        return (HttpStatusCode.NotFound, Status(404, "NotFound", $"{path} not found"));
                    }

                    var value = JsonNode.Parse(body)!.AsObject();
                    if (value["metadata"]?["resourceVersion"]?.GetValue<string>() != existing["metadata"]!["resourceVersion"]!.GetValue<string>())
                    {
                        return (HttpStatusCode.Conflict, Status(409, "Conflict", "the object has been modified"));
                    }

                    value["metadata"]!["resourceVersion"] = (int.Parse(existing["metadata"]!["resourceVersion"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) + 1)
                        .ToString(System.Globalization.CultureInfo.InvariantCulture);
                    _objects[path] = value;
                    return (HttpStatusCode.OK, value.DeepClone());
                }

                case "DELETE":
                    return _objects.Remove(path)
                        ? (HttpStatusCode.OK, Status(200, "Success", "deleted"))
                        : (HttpStatusCode.NotFound, Status(404, "NotFound", $"{path} not found"));
                default:
                    return (HttpStatusCode.MethodNotAllowed, Status(405, "MethodNotAllowed", method));
            }
        }
    }

    private static JsonObject Status(int code, string reason, string message) => new()
    {
        ["kind"] = "Status",
        ["apiVersion"] = "v1",
        ["status"] = code < 400 ? "Success" : "Failure",
        ["reason"] = reason,
        ["message"] = message,
        ["code"] = code,
    };

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
