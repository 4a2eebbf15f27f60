using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The attributes that say a member holds personal data — <c>[EmailAddress]</c>, <c>[Phone]</c>,
    /// <c>[CreditCard]</c>, <c>[DataType(…)]</c>, ASP.NET Core Identity's <c>[PersonalData]</c> and any
    /// <c>DataClassificationAttribute</c> — resolved once per compilation. Request binding (a bound model's
    /// members) and the flow rules' sources (classified members and parameters) read a member through it,
    /// so both give the same member the same category.
    /// </summary>
    internal sealed class PersonalDataAttributes
    {
        private const string Annotations = "System.ComponentModel.Annotations";
        private const string NetFramework = "System.ComponentModel.DataAnnotations";

        private readonly INamedTypeSymbol? emailAddress;
        private readonly INamedTypeSymbol? phone;
        private readonly INamedTypeSymbol? creditCard;
        private readonly INamedTypeSymbol? dataType;
        private readonly INamedTypeSymbol? personalData;
        private readonly Lazy<HashSet<IAssemblySymbol>> carriers;

        public PersonalDataAttributes(ReferencedTypes types)
        {
            var compilation = types.Compilation;
            // Publication only: the set is a pure function of the references, so threads that ask at once each compute it
            // rather than wait on a lock (the first document after an edit had its threads queue behind the first one).
            carriers = new Lazy<HashSet<IAssemblySymbol>>(() => Carriers(compilation), LazyThreadSafetyMode.PublicationOnly);
            emailAddress = types.Get("System.ComponentModel.DataAnnotations.EmailAddressAttribute", Annotations, NetFramework);
            phone = types.Get("System.ComponentModel.DataAnnotations.PhoneAttribute", Annotations, NetFramework);
            creditCard = types.Get("System.ComponentModel.DataAnnotations.CreditCardAttribute", Annotations, NetFramework);
            dataType = types.Get("System.ComponentModel.DataAnnotations.DataTypeAttribute", Annotations, NetFramework);
            personalData = types.Get("Microsoft.AspNetCore.Identity.PersonalDataAttribute", "Microsoft.Extensions.Identity.Stores");
            DataClassification = types.Get("Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute", "Microsoft.Extensions.Compliance.Abstractions");
        }

        /// <summary>Microsoft.Extensions.Compliance's base of every data classification attribute, when referenced.</summary>
        public INamedTypeSymbol? DataClassification { get; }

        /// <summary>Whether none of the attributes that mark personal data is referenced: no member can carry one.</summary>
        public bool IsEmpty => emailAddress is null && personalData is null && DataClassification is null;

        /// <summary>
        /// Whether <paramref name="member"/> (a property, field or parameter) may carry one of the attributes at all,
        /// decided without asking the compiler for attributes and without a per-member table: the flow's pre-check
        /// asks this for every member reference of every member body. A member of an assembly that references none
        /// of the assemblies that define the attributes (directly, or through an assembly that does, for attributes
        /// derived from them) cannot carry one. This compilation's own members may: they are read as before. (A
        /// syntax check of their declarations was tried and cost more than the table: the compiler builds
        /// <c>DeclaringSyntaxReferences</c> anew on every call.)
        /// </summary>
        public bool MayCarry(ISymbol member)
            => member.ContainingAssembly is not { } assembly || carriers.Value.Contains(assembly);

        /// <summary>
        /// Whether a member of <paramref name="type"/> (a definition) may carry one of the attributes. A metadata type's
        /// members may when its assembly may (<see cref="MayCarry"/>). A source type's members carry only the attributes
        /// written on their declarations, so when no member declaration of any of its parts, and no parameter of its
        /// primary constructor or record parameter list, has an attribute list, none carries one; any attribute list at
        /// all counts, as a classification attribute may have any name (a type derived from
        /// <c>DataClassificationAttribute</c>) or be reached through an alias. Asked once per type, not per member.
        /// </summary>
        public bool MembersMayCarry(INamedTypeSymbol type)
        {
            if (type.IsAnonymousType)
            {
                // The compiler makes an anonymous type's members from an object creation, where no attribute can be written
                // (and its declaring references are rebuilt from the creation on every call).
                return false;
            }

            var references = type.DeclaringSyntaxReferences;
            if (references.IsEmpty)
            {
                return MayCarry(type);
            }

            foreach (var reference in references)
            {
                switch (reference.GetSyntax())
                {
                    case TypeDeclarationSyntax declaration:
                        if (declaration.ParameterList is { } parameters)
                        {
                            foreach (var parameter in parameters.Parameters)
                            {
                                if (parameter.AttributeLists.Count > 0)
                                {
                                    return true;
                                }
                            }
                        }

                        foreach (var member in declaration.Members)
                        {
                            if (member.AttributeLists.Count > 0)
                            {
                                return true;
                            }
                        }

                        break;
                    case EnumDeclarationSyntax enumeration:
                        foreach (var member in enumeration.Members)
                        {
                            if (member.AttributeLists.Count > 0)
                            {
                                return true;
                            }
                        }

                        break;
                    default:
                        // Anything else (a delegate): read its members as before.
                        return MayCarry(type);
                }
            }

            return false;
        }

        /// <summary>
        /// The referenced assemblies whose members may carry the attributes: those that define them, the facades
        /// they are reached through, and, transitively, every assembly that references one of those.
        /// </summary>
        private HashSet<IAssemblySymbol> Carriers(Compilation compilation)
        {
            var names = new HashSet<string>(StringComparer.Ordinal) { Annotations, NetFramework, "netstandard", "mscorlib" };
            foreach (var type in new[] { emailAddress, phone, creditCard, dataType, personalData, DataClassification })
            {
                if (type?.ContainingAssembly is { } defining)
                {
                    names.Add(defining.Identity.Name);
                }
            }

            var carrying = new HashSet<IAssemblySymbol>(SymbolReferenceComparer.Instance);
            var referenced = compilation.SourceModule.ReferencedAssemblySymbols;
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var assembly in referenced)
                {
                    if (!carrying.Contains(assembly) && (names.Contains(assembly.Identity.Name) || ReferencesAny(assembly, names)))
                    {
                        carrying.Add(assembly);
                        changed |= names.Add(assembly.Identity.Name);
                    }
                }
            }

            carrying.Add(compilation.Assembly);
            return carrying;
        }

        private static bool ReferencesAny(IAssemblySymbol assembly, HashSet<string> names)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var reference in module.ReferencedAssemblies)
                {
                    if (names.Contains(reference.Name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The category the attributes give a member (its name decides where the attribute says only "personal"), or null.</summary>
        public string? CategoryOf(ISymbol member, IEnumerable<AttributeData> attributes)
        {
            foreach (var attribute in attributes)
            {
                var type = attribute.AttributeClass;
                if (type is null)
                {
                    continue;
                }

                if (Is(type, emailAddress))
                {
                    return BindingNames.EmailAddressAttribute;
                }

                if (Is(type, phone))
                {
                    return BindingNames.PhoneAttribute;
                }

                if (Is(type, creditCard))
                {
                    return BindingNames.CreditCardAttribute;
                }

                if (Is(type, dataType) && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int kind
                    && BindingNames.ForDataType(kind) is { } typed)
                {
                    return typed;
                }

                if (InheritsFrom(type, personalData) || InheritsFrom(type, DataClassification))
                {
                    return BindingNames.CategoryFor(member.Name);
                }
            }

            return null;
        }

        public static bool InheritsFrom(INamedTypeSymbol type, INamedTypeSymbol? known)
        {
            for (var current = type; known != null && current != null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, known))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? known)
            => known != null && SymbolEqualityComparer.Default.Equals(type, known);
    }
}
