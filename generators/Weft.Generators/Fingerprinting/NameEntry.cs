using System.Collections.Generic;
using Weft.Generators.Caching;

namespace Weft.Generators.Fingerprinting;

/// <summary>
/// One simple name of a <see cref="DeclarationIndex"/>: the project's types, methods and members that bear it, and which
/// of its lookups the declaration being described has already recorded.
/// </summary>
/// <remarks>
/// Names the project never declares (locals, parameters, framework types) get an entry too, the first time a walk meets
/// them: a lookup of such a name must still be recorded, since declaring it later changes what the walk finds.
/// </remarks>
internal sealed class NameEntry
{
    public NameEntry(string name) => Name = name;

    public string Name { get; }

    public List<Declaration>? Types { get; set; }

    public List<Declaration>? Methods { get; set; }

    public List<Declaration>? Members { get; set; }

    // The description (DeclarationIndex's counter) that last recorded a lookup of this name as a method or a member:
    // comparing a number replaces hashing (kind, name) into a set for each of the ~40,000 names a build resolves.
    private int _methodLookedUpIn;
    private int _memberLookedUpIn;

    /// <summary>Marks the lookup of this name as a method or a member in <paramref name="description"/>; false when it already was.</summary>
    public bool MarkLookedUp(NameKind kind, int description)
    {
        if (kind == NameKind.Method)
        {
            if (_methodLookedUpIn == description)
            {
                return false;
            }

            _methodLookedUpIn = description;
            return true;
        }

        if (_memberLookedUpIn == description)
        {
            return false;
        }

        _memberLookedUpIn = description;
        return true;
    }
}
