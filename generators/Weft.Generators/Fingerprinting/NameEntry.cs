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

    // The merge (CodeFingerprinter's number for the dependencies it fills) that last recorded this name as a method or a
    // member. Written without a lock: merges on two threads can only overwrite each other's number, which makes one add
    // the name to its dependencies again (a set), never skip it.
    private int _methodMergedIn;
    private int _memberMergedIn;

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

    /// <summary>Marks this name as a method or a member merged into <paramref name="merge"/>; false when it already was.</summary>
    public bool MarkMerged(NameKind kind, int merge)
    {
        if (kind == NameKind.Method)
        {
            if (_methodMergedIn == merge)
            {
                return false;
            }

            _methodMergedIn = merge;
            return true;
        }

        if (_memberMergedIn == merge)
        {
            return false;
        }

        _memberMergedIn = merge;
        return true;
    }
}
