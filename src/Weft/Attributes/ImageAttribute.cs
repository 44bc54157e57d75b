namespace Weft;

/// <summary>The container image a step (or every step of a pipeline) runs in; pin it with an <c>@sha256:</c> digest.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class ImageAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="reference">An image reference such as <c>registry/repo@sha256:…</c>.</param>
    public ImageAttribute(string reference) => Reference = reference;

    /// <summary>The image reference.</summary>
    public string Reference { get; }
}
