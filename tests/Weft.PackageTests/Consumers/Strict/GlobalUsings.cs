global using System;
global using System.Collections.Generic;
global using System.Threading;
global using System.Threading.Tasks;
global using Weft;
global using Index = System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<Strict.Shapes.Reading>>;
