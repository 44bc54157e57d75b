using System.Globalization;
using System.Net;
using System.Text;
using k8s;
using k8s.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// A stateful Kubernetes API server on 127.0.0.1 for tests: batch/v1 Jobs (create, get, list, watch, delete, delete
/// collection), core/v1 Pods (get, list, watch, delete, log) and ConfigMaps (create, get, list, delete), with one
/// resourceVersion counter, watches that replay from a resourceVersion as chunked JSON lines, owner-reference garbage
/// collection, and Jobs that really run: each pod's container is the image's entrypoint run as a local process
/// (<see cref="Images"/>), with claim-backed volumes mapped to host folders (<see cref="Claims"/>).
/// Every request is recorded in <see cref="Calls"/>; <see cref="Faults"/> injects errors.
/// </summary>
public sealed class TestApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ClusterState _cluster = new();
    private readonly JobController _jobs;
    private readonly List<ApiCall> _calls = [];
    private readonly List<Exception> _errors = [];
    private bool _disposed;
    private readonly Dictionary<string, HostEntrypoint> _images = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _claims = new(StringComparer.Ordinal);

    private TestApiServer(WebApplication app)
    {
        _app = app;
        _jobs = new JobController(_cluster, Faults, _images, _claims);
        _jobs.PodRunning += (job, pod) => PodRunning?.Invoke(job, pod);
    }

    /// <summary>The server's address (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Faults to inject.</summary>
    public FaultPlan Faults { get; } = new();

    /// <summary>Images the cluster can run, by reference, and what their entrypoint is on this machine.</summary>
    public IDictionary<string, HostEntrypoint> Images => _images;

    /// <summary>PersistentVolumeClaims, by name, and the host folder behind each.</summary>
    public IDictionary<string, string> Claims => _claims;

    /// <summary>Called when a pod's container starts (on a thread of the server).</summary>
    public event Action<V1Job, V1Pod>? PodRunning;

    /// <summary>The requests received so far.</summary>
    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public static async Task<TestApiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new TestApiServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>A client of this server, as a kubeconfig pointing at it would give.</summary>
    public IKubernetes CreateClient() => new k8s.Kubernetes(new KubernetesClientConfiguration { Host = BaseUri.ToString() });

    /// <summary>Exceptions the server's own code threw while answering (answered 500): bugs of the test server.</summary>
    public IReadOnlyList<Exception> ServerErrors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The Jobs that exist now, in every namespace.</summary>
    public IReadOnlyList<V1Job> Jobs => _cluster.All<V1Job>("jobs");

    /// <summary>The Pods that exist now, in every namespace.</summary>
    public IReadOnlyList<V1Pod> Pods => _cluster.All<V1Pod>("pods");

    /// <summary>The ConfigMaps that exist now, in every namespace.</summary>
    public IReadOnlyList<V1ConfigMap> ConfigMaps => _cluster.All<V1ConfigMap>("configmaps");

    /// <summary>Creates a pod that runs nothing (an orchestrator's own pod, say) and returns its uid.</summary>
    public string CreateIdlePod(string @namespace, string name)
    {
        var pod = new V1Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace },
            Spec = new V1PodSpec { Containers = [new V1Container { Name = "main", Image = "idle" }] },
            Status = new V1PodStatus { Phase = "Running" },
        };
        return (_cluster.Create("pods", pod) ?? throw new InvalidOperationException($"Pod {@namespace}/{name} exists.")).Metadata.Uid;
    }

    /// <summary>Deletes any object as someone else would, its dependents in the background.</summary>
    public bool DeleteFromOutside(string resource, string @namespace, string name) => _cluster.Delete(new ObjectKey(resource, @namespace, name), "Background");

    /// <summary>Deletes a Job as someone else would (<c>kubectl delete job</c>: its pods go with it).</summary>
    public bool DeleteJobFromOutside(string @namespace, string name) => _cluster.Delete(new ObjectKey("jobs", @namespace, name), "Background");

    /// <summary>Forgets the change history: watches resuming from an older resourceVersion get 410 Gone.</summary>
    public void CompactHistory() => _cluster.CompactHistory();

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _cluster.CloseWatches();
        _jobs.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        try
        {
            await HandleCoreAsync(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            lock (_errors)
            {
                _errors.Add(ex);
            }

            throw;
        }
    }

    private async Task HandleCoreAsync(HttpContext context)
    {
        var request = context.Request;
        var route = ApiRoute.Parse(request.Path.Value ?? "");
        var watch = request.Query["watch"] is { Count: > 0 } w && (w[0] == "true" || w[0] == "1");
        var call = new ApiCall(request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "", watch)
        {
            Verb = route?.Verb(request.Method, watch) ?? "unknown",
            Resource = route?.Resource ?? "",
        };
        lock (_calls)
        {
            _calls.Add(call);
        }

        if (Faults.Delay > TimeSpan.Zero)
        {
            await Task.Delay(Faults.Delay, context.RequestAborted);
        }

        if (route is null)
        {
            await WriteStatusAsync(context, call, 404, "NotFound", $"the server could not find the requested resource ({request.Path})");
            return;
        }

        var fault = Faults.TakeError(call);
        if (fault is { StatusCode: not 409 } injected)
        {
            await WriteFaultAsync(context, call, injected.StatusCode, injected.RetryAfterSeconds);
            return;
        }

        try
        {
            await DispatchAsync(context, call, route, fault is not null);
        }
        catch (FormatException ex)
        {
            await WriteStatusAsync(context, call, 400, "BadRequest", ex.Message);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            // A bug of the test server, not a fault it was asked for: tests check ServerErrors is empty.
            lock (_errors)
            {
                _errors.Add(ex);
            }

            await WriteStatusAsync(context, call, 500, "InternalError", $"test server bug: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task DispatchAsync(HttpContext context, ApiCall call, ApiRoute route, bool answerConflict)
    {
        var query = context.Request.Query;
        var selector = LabelSelector.Parse(query["labelSelector"]);
        switch (call.Verb)
        {
            case "create":
                await CreateAsync(context, call, route, answerConflict);
                return;
            case "get":
                await GetAsync(context, call, route);
                return;
            case "list":
                await ListAsync(context, call, route, selector);
                return;
            case "watch":
                await WatchAsync(context, call, route, selector, query["resourceVersion"]);
                return;
            case "delete":
                await DeleteAsync(context, call, route);
                return;
            case "deletecollection":
                await DeleteCollectionAsync(context, call, route, selector);
                return;
            case "log":
                var text = _cluster.Get<V1Pod>(route.Key) is null ? null : _jobs.LogOf(route.Namespace, route.Name!) ?? "";
                if (text is null)
                {
                    await WriteStatusAsync(context, call, 404, "NotFound", $"pods \"{route.Name}\" not found");
                    return;
                }

                call.StatusCode = 200;
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync(text, context.RequestAborted);
                return;
            default:
                await WriteStatusAsync(context, call, 405, "MethodNotAllowed", $"{context.Request.Method} is not supported on {context.Request.Path}");
                return;
        }
    }

    private async Task CreateAsync(HttpContext context, ApiCall call, ApiRoute route, bool answerConflict)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        IKubernetesObject<V1ObjectMeta>? created;
        string name;
        switch (route.Resource)
        {
            case "jobs":
                var job = KubernetesJson.Deserialize<V1Job>(body);
                Prepare(job, route, "batch/v1", "Job");
                name = job.Metadata.Name;
                created = _cluster.Create("jobs", job);
                break;
            case "configmaps":
                var map = KubernetesJson.Deserialize<V1ConfigMap>(body);
                Prepare(map, route, "v1", "ConfigMap");
                name = map.Metadata.Name;
                created = _cluster.Create("configmaps", map);
                break;
            default:
                await WriteStatusAsync(context, call, 405, "MethodNotAllowed", $"the test server does not create {route.Resource}");
                return;
        }

        if (created is null || answerConflict)
        {
            await WriteStatusAsync(context, call, 409, "AlreadyExists", $"{route.Resource}.{(route.Resource == "jobs" ? "batch" : "")} \"{name}\" already exists", name, route.Resource);
            return;
        }

        await WriteJsonAsync(context, call, 201, KubernetesJson.Serialize(created));
    }

    private static void Prepare(IKubernetesObject<V1ObjectMeta> item, ApiRoute route, string apiVersion, string kind)
    {
        item.ApiVersion = apiVersion;
        item.Kind = kind;
        item.Metadata ??= new V1ObjectMeta();
        item.Metadata.NamespaceProperty = route.Namespace;
        if (string.IsNullOrEmpty(item.Metadata.Name))
        {
            item.Metadata.Name = (item.Metadata.GenerateName ?? "generated-") + Guid.NewGuid().ToString("N")[..5];
        }
    }

    private async Task GetAsync(HttpContext context, ApiCall call, ApiRoute route)
    {
        IKubernetesObject<V1ObjectMeta>? item = route.Resource switch
        {
            "jobs" => _cluster.Get<V1Job>(route.Key),
            "pods" => _cluster.Get<V1Pod>(route.Key),
            "configmaps" => _cluster.Get<V1ConfigMap>(route.Key),
            _ => null,
        };
        if (item is null)
        {
            await WriteStatusAsync(context, call, 404, "NotFound", $"{route.Resource} \"{route.Name}\" not found", route.Name, route.Resource);
            return;
        }

        await WriteJsonAsync(context, call, 200, KubernetesJson.Serialize(item));
    }

    private async Task ListAsync(HttpContext context, ApiCall call, ApiRoute route, LabelSelector selector)
    {
        string json;
        switch (route.Resource)
        {
            case "jobs":
                var (jobs, jobsVersion) = _cluster.List<V1Job>("jobs", route.Namespace, selector);
                json = KubernetesJson.Serialize(new V1JobList { ApiVersion = "batch/v1", Kind = "JobList", Metadata = ListMeta(jobsVersion), Items = jobs });
                break;
            case "pods":
                var (pods, podsVersion) = _cluster.List<V1Pod>("pods", route.Namespace, selector);
                json = KubernetesJson.Serialize(new V1PodList { ApiVersion = "v1", Kind = "PodList", Metadata = ListMeta(podsVersion), Items = pods });
                break;
            default:
                var (maps, mapsVersion) = _cluster.List<V1ConfigMap>("configmaps", route.Namespace, selector);
                json = KubernetesJson.Serialize(new V1ConfigMapList { ApiVersion = "v1", Kind = "ConfigMapList", Metadata = ListMeta(mapsVersion), Items = maps });
                break;
        }

        await WriteJsonAsync(context, call, 200, json);
    }

    private static V1ListMeta ListMeta(long resourceVersion) => new() { ResourceVersion = resourceVersion.ToString(CultureInfo.InvariantCulture) };

    private async Task WatchAsync(HttpContext context, ApiCall call, ApiRoute route, LabelSelector selector, string? resourceVersion)
    {
        var response = context.Response;
        var cut = Faults.TakeCut(route.Resource);
        using var watch = _cluster.Watch(route.Resource, route.Namespace, selector, resourceVersion);
        call.StatusCode = 200;
        response.StatusCode = 200;
        response.ContentType = "application/json";
        if (watch is null)
        {
            // As the API server does: the watch itself is accepted, and its only event says the version is gone.
            var gone = $$$"""{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: {{{resourceVersion}}} ({{{_cluster.ResourceVersion}}})","reason":"Expired","code":410}}""";
            await response.WriteAsync(gone + "\n", context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            call.EventsSent++;
            return;
        }

        await response.Body.FlushAsync(context.RequestAborted);
        var timeout = int.TryParse(context.Request.Query["timeoutSeconds"], CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : Timeout.InfiniteTimeSpan;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        stop.CancelAfter(timeout);
        try
        {
            await foreach (var e in watch.Events.ReadAllAsync(stop.Token))
            {
                if (Faults.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Faults.Delay, stop.Token);
                }

                var line = e.Line + "\n";
                if (cut is { } c && call.EventsSent + 1 == c.AtEvent)
                {
                    await response.WriteAsync(line[..(line.Length / 2)], stop.Token);
                    await response.Body.FlushAsync(stop.Token);
                    if (c.ExpireHistory)
                    {
                        _cluster.CompactHistory();
                    }

                    context.Abort();
                    return;
                }

                await response.WriteAsync(line, stop.Token);
                await response.Body.FlushAsync(stop.Token);
                call.EventsSent++;
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away, or the watch timed out: either ends the stream.
        }
    }

    private async Task DeleteAsync(HttpContext context, ApiCall call, ApiRoute route)
    {
        var propagation = await PropagationAsync(context, route.Resource);
        IKubernetesObject<V1ObjectMeta>? item = route.Resource switch
        {
            "jobs" => _cluster.Get<V1Job>(route.Key),
            "pods" => _cluster.Get<V1Pod>(route.Key),
            "configmaps" => _cluster.Get<V1ConfigMap>(route.Key),
            _ => null,
        };
        if (item is null || !_cluster.Delete(route.Key, propagation))
        {
            await WriteStatusAsync(context, call, 404, "NotFound", $"{route.Resource} \"{route.Name}\" not found", route.Name, route.Resource);
            return;
        }

        await WriteJsonAsync(context, call, 200, KubernetesJson.Serialize(item));
    }

    private async Task DeleteCollectionAsync(HttpContext context, ApiCall call, ApiRoute route, LabelSelector selector)
    {
        var propagation = await PropagationAsync(context, route.Resource);
        List<string> names = route.Resource switch
        {
            "jobs" => [.. _cluster.List<V1Job>("jobs", route.Namespace, selector).Items.Select(j => j.Metadata.Name)],
            "pods" => [.. _cluster.List<V1Pod>("pods", route.Namespace, selector).Items.Select(j => j.Metadata.Name)],
            _ => [.. _cluster.List<V1ConfigMap>("configmaps", route.Namespace, selector).Items.Select(j => j.Metadata.Name)],
        };
        foreach (var name in names)
        {
            _cluster.Delete(new ObjectKey(route.Resource, route.Namespace, name), propagation);
        }

        await WriteJsonAsync(context, call, 200, """{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success"}""");
    }

    /// <summary>
    /// The propagation policy of a delete, from the query or a DeleteOptions body. Without one, Jobs orphan their pods (the
    /// batch/v1 default, kept for compatibility) and everything else deletes dependents in the background.
    /// </summary>
    private static async Task<string> PropagationAsync(HttpContext context, string resource)
    {
        if (context.Request.Query["propagationPolicy"] is { Count: > 0 } fromQuery && !string.IsNullOrEmpty(fromQuery[0]))
        {
            return fromQuery[0]!;
        }

        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        if (!string.IsNullOrWhiteSpace(body) && KubernetesJson.Deserialize<V1DeleteOptions>(body).PropagationPolicy is { Length: > 0 } fromBody)
        {
            return fromBody;
        }

        return resource == "jobs" ? "Orphan" : "Background";
    }

    private static async Task WriteFaultAsync(HttpContext context, ApiCall call, int statusCode, int retryAfterSeconds)
    {
        var (reason, message) = statusCode switch
        {
            429 => ("TooManyRequests", "the server has received too many requests and has asked us to try again later"),
            500 => ("InternalError", "Internal error occurred: injected by the test server"),
            503 => ("ServiceUnavailable", "the server is currently unable to handle the request"),
            _ => ("Unknown", "injected by the test server"),
        };
        if (statusCode == 429)
        {
            context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        var details = statusCode == 429 ? $$""","details":{"retryAfterSeconds":{{retryAfterSeconds}}}""" : "";
        call.StatusCode = statusCode;
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"{{message}}","reason":"{{reason}}"{{details}},"code":{{statusCode}}}""");
    }

    private static Task WriteStatusAsync(HttpContext context, ApiCall call, int statusCode, string reason, string message, string? name = null, string? kind = null)
    {
        // KubernetesJson cannot write a V1Status, so the Status is spelled out as the API server writes it.
        var status = new System.Text.Json.Nodes.JsonObject
        {
            ["kind"] = "Status",
            ["apiVersion"] = "v1",
            ["metadata"] = new System.Text.Json.Nodes.JsonObject(),
            ["status"] = "Failure",
            ["message"] = message,
            ["reason"] = reason,
            ["code"] = statusCode,
        };
        if (name is not null)
        {
            status["details"] = new System.Text.Json.Nodes.JsonObject { ["name"] = name, ["kind"] = kind };
        }

        return WriteJsonAsync(context, call, statusCode, status.ToJsonString());
    }

    private static async Task WriteJsonAsync(HttpContext context, ApiCall call, int statusCode, string json)
    {
        call.StatusCode = statusCode;
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }
}
