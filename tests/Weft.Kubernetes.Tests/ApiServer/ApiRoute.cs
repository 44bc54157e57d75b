namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>
/// A request path the test server serves: <c>/apis/batch/v1/namespaces/{ns}/jobs[/{name}]</c>,
/// <c>/api/v1/namespaces/{ns}/pods[/{name}[/log]]</c> and <c>/api/v1/namespaces/{ns}/configmaps[/{name}]</c>.
/// </summary>
internal sealed record ApiRoute(string Resource, string Namespace, string? Name, string? Subresource)
{
    public ObjectKey Key => new(Resource, Namespace, Name ?? "");

    public static ApiRoute? Parse(string path)
    {
        var parts = path.Trim('/').Split('/');
        int rest;
        if (parts.Length >= 6 && parts[0] == "apis" && parts[1] == "batch" && parts[2] == "v1" && parts[3] == "namespaces" && parts[5] == "jobs")
        {
            rest = 6;
        }
        else if (parts.Length >= 5 && parts[0] == "api" && parts[1] == "v1" && parts[2] == "namespaces" && parts[4] is "pods" or "configmaps")
        {
            rest = 5;
        }
        else
        {
            return null;
        }

        var ns = parts[rest - 2];
        var resource = parts[rest - 1];
        var name = parts.Length > rest ? parts[rest] : null;
        var sub = parts.Length > rest + 1 ? parts[rest + 1] : null;
        if (parts.Length > rest + 2 || (sub is not null && !(resource == "pods" && sub == "log")))
        {
            return null;
        }

        return new ApiRoute(resource, ns, name, sub);
    }

    public string Verb(string method, bool watch) => (method, Name, Subresource) switch
    {
        ("GET", not null, "log") => "log",
        ("GET", null, _) => watch ? "watch" : "list",
        ("GET", not null, _) => "get",
        ("POST", null, _) => "create",
        ("DELETE", null, _) => "deletecollection",
        ("DELETE", not null, _) => "delete",
        _ => "unsupported",
    };
}
