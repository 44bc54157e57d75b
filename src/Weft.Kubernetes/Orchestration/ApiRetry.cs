using System.Net;
using System.Text.Json;
using k8s.Autorest;

namespace Weft.Kubernetes.Orchestration;

/// <summary>
/// Retries one Kubernetes API request: 429 after the wait the server asks for (<c>details.retryAfterSeconds</c> of its Status,
/// which mirrors the <c>Retry-After</c> header), 500/502/503/504 and connection failures with exponential backoff. Other
/// answers are returned to the caller (a 409 on create means the object exists, which the caller decides about).
/// </summary>
internal sealed class ApiRetry(KubernetesOrchestratorOptions options, string server)
{
    /// <summary>The API server's address, for messages.</summary>
    public string Server => server;

    /// <summary>Called before each retry with what failed and how long the wait is (for the run's log).</summary>
    public Action<string, TimeSpan>? Retrying { get; init; }

    public async Task<T> RunAsync<T>(string what, Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                return await request(cancellationToken).ConfigureAwait(false);
            }
            catch (HttpOperationException ex) when (ex.Response is { } response && IsTransient(response.StatusCode))
            {
                if (attempt > options.ApiRetries)
                {
                    throw new KubernetesApiException(
                        $"The Kubernetes API server at {server} kept answering {(int)response.StatusCode} {response.ReasonPhrase} to {what} ({attempt} attempts): {Message(ex)}",
                        ex)
                    { StatusCode = (int)response.StatusCode };
                }

                delay = response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfter(ex) is { } asked
                    ? asked
                    : Backoff(attempt);
                Retrying?.Invoke($"{what}: {(int)response.StatusCode} {response.ReasonPhrase}", delay);
            }
            catch (HttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
            {
                if (attempt > options.ApiRetries)
                {
                    throw new KubernetesApiException(
                        $"Cannot reach the Kubernetes API server at {server} to {what}: {Innermost(ex).Message}. Check that the cluster is up and that KUBECONFIG (or ~/.kube/config) names it.",
                        ex);
                }

                delay = Backoff(attempt);
                Retrying?.Invoke($"{what}: {Innermost(ex).Message}", delay);
            }

            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task RunAsync(string what, Func<CancellationToken, Task> request, CancellationToken cancellationToken)
        => RunAsync(what, async ct =>
        {
            await request(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public TimeSpan Backoff(int attempt)
    {
        var ticks = options.ApiRetryBaseDelay.Ticks * Math.Pow(2, Math.Min(attempt - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(ticks, options.ApiMaxRetryDelay.Ticks));
    }

    public static bool IsTransient(HttpStatusCode? status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The message of the Status the server answered with, or its raw body.</summary>
    public static string Message(HttpOperationException ex)
    {
        var body = ex.Response?.Content;
        if (string.IsNullOrWhiteSpace(body))
        {
            return ex.Message;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                return message.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not a Status: the body itself says what happened.
        }

        return body.Length > 200 ? body[..200] : body;
    }

    /// <summary>The wait a 429 answer asks for, capped at the longest retry delay.</summary>
    public TimeSpan? RetryAfter(HttpOperationException ex)
    {
        var body = ex.Response?.Content;
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("details", out var details)
                && details.ValueKind == JsonValueKind.Object
                && details.TryGetProperty("retryAfterSeconds", out var seconds)
                && seconds.TryGetInt32(out var value) && value >= 0)
            {
                var asked = TimeSpan.FromSeconds(value);
                return asked < options.ApiMaxRetryDelay ? asked : options.ApiMaxRetryDelay;
            }
        }
        catch (JsonException)
        {
            // No Status body: fall back to backoff.
        }

        return null;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }
}
