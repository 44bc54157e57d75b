using System;
using Weft.Generators.Helpers;

namespace Weft.Generators.Model;

/// <summary>The diagnostics of one declaration, as they travel between the generator's incremental nodes.</summary>
/// <remarks>
/// A class, not the <see cref="EquatableArray{T}"/> struct it wraps: a value type flowing through the driver's nodes makes
/// the runtime compile the driver's generic node and table code once more for that type (about 400 methods, JIT-compiled
/// in every fresh compiler process), while reference types share the code the compiler already carries precompiled.
/// </remarks>
internal sealed class DiagnosticBatch : IEquatable<DiagnosticBatch>
{
    public static readonly DiagnosticBatch None = new(EquatableArray<DiagnosticInfo>.Empty);

    private DiagnosticBatch(EquatableArray<DiagnosticInfo> items) => Items = items;

    public EquatableArray<DiagnosticInfo> Items { get; }

    public static DiagnosticBatch Of(EquatableArray<DiagnosticInfo> items) => items.Count == 0 ? None : new DiagnosticBatch(items);

    public bool Equals(DiagnosticBatch? other) => other is not null && Items.Equals(other.Items);

    public override bool Equals(object? obj) => Equals(obj as DiagnosticBatch);

    public override int GetHashCode() => Items.GetHashCode();
}
