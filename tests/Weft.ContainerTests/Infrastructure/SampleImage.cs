using System.Text.Json;

namespace Weft.ContainerTests.Infrastructure;

/// <summary>The sample's image as podman holds it: its reference, its configuration and where its files came from.</summary>
/// <param name="Reference">The reference podman loaded it under.</param>
/// <param name="BuiltAs">The reference the SDK built it as (what <c>WEFT_IMAGE</c> names inside it).</param>
/// <param name="BaseImage">The host-library base image (in podman's store) it was built on.</param>
/// <param name="PublishDirectory">The self-contained publish output the SDK put into the image.</param>
/// <param name="Config">The OCI image configuration (<c>User</c>, <c>Env</c>, <c>Entrypoint</c>, <c>WorkingDir</c>).</param>
/// <param name="Size">The image's size in bytes, as podman reports it.</param>
internal sealed record SampleImage(string Reference, string BuiltAs, string BaseImage, string PublishDirectory, JsonElement Config, long Size);
