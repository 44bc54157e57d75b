namespace Weft.Generators.Tests.Robustness;

/// <summary>The edits <see cref="SourceMutator"/> makes: the typos and half-typed states an editor shows the generator.</summary>
public enum MutationKind
{
    DeleteToken,
    DuplicateToken,
    SwapWithNextToken,
    ReplaceWithAnotherToken,
    TruncateLine,
}
