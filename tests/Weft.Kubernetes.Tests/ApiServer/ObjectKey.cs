namespace Weft.Kubernetes.Tests.ApiServer;

/// <summary>Where an object lives in the test cluster: its resource (plural, as in the URL), namespace and name.</summary>
internal readonly record struct ObjectKey(string Resource, string Namespace, string Name);
