namespace Weft.Kubernetes.Tests.Orchestration.Pipelines;

/// <summary>
/// The image the test pipelines name. The test API server runs it as tests/Weft.Kubernetes.TestApp (which compiles these
/// pipelines too), so step pods run the same code as the orchestrating test.
/// </summary>
public static class TestImage
{
    public const string Reference = "localhost:5000/weft-k8s-testapp@sha256:8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4";
}
