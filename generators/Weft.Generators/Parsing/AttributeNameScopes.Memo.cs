using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Weft.Generators.Parsing;

/// <summary>What one compilation's step readers share: a semantic model per tree, and each declaration's options and step.</summary>
internal sealed partial class AttributeNameScopes
{
    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();
    private readonly Dictionary<SyntaxNode, StepOptions?> _options = new();
    private readonly Dictionary<SyntaxNode, StepInfo> _steps = new();

    /// <summary>
    /// A step read from syntax-certain options, shared by the pipelines that call it and the validator of its declaration
    /// (it holds symbols of this compilation only, as this memo does).
    /// </summary>
    public StepInfo? KnownStep(SyntaxNode declaration)
    {
        lock (_gate)
        {
            return _steps.TryGetValue(declaration, out var step) ? step : null;
        }
    }

    public void RememberStep(SyntaxNode declaration, StepInfo step)
    {
        lock (_gate)
        {
            _steps[declaration] = step;
        }
    }

    /// <summary>The options read from a method declaration's attributes, once per compilation (null: not certain).</summary>
    public bool TryGetOptions(SyntaxNode declaration, out StepOptions? options)
    {
        lock (_gate)
        {
            return _options.TryGetValue(declaration, out options);
        }
    }

    public void StoreOptions(SyntaxNode declaration, StepOptions? options)
    {
        lock (_gate)
        {
            _options[declaration] = options;
        }
    }

    /// <summary>One semantic model per tree, shared by everything that reads this compilation's steps.</summary>
    public SemanticModel SemanticModel(SyntaxTree tree)
    {
        lock (_gate)
        {
            if (!_models.TryGetValue(tree, out var model))
            {
                model = SemanticModels.Get(_compilation, tree);
                _models[tree] = model;
            }

            return model;
        }
    }
}
