using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PrivacyAnalyzers.Catalog;
using PrivacyAnalyzers.Contract;
using PrivacyAnalyzers.Engine;
using PrivacyAnalyzers.RequiredReasons;

namespace PrivacyAnalyzers.Rules
{
    /// <summary>
    /// Apple's required-reason APIs (PRIV201–PRIV205), in their own analyzer: they apply only to Apple
    /// targets, decided once at compilation start from <c>build_property.TargetPlatformIdentifier</c>, and
    /// off Apple targets nothing is registered at all. Uses are matched by symbol against
    /// <c>RequiredReasons/Data/required-reason-apis.txt</c>; declarations are read where they are written.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RequiredReasonAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The attribute's metadata name: the annotations define it, a project may define its own copy.</summary>
        internal const string AttributeMetadataName = "PrivacyAnalyzers.UsesRequiredReasonApiAttribute";

        private const string AttributeName = "UsesRequiredReasonApi";

        /// <summary>The operations a required-reason API is used through.</summary>
        internal static readonly ImmutableArray<OperationKind> OperationKinds = ImmutableArray.Create(
            OperationKind.Invocation,
            OperationKind.PropertyReference,
            OperationKind.FieldReference,
            OperationKind.ObjectCreation,
            OperationKind.EventReference,
            OperationKind.MethodReference);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Descriptors.RequiredReasonUndeclared,
            Descriptors.RequiredReasonWrongCode,
            Descriptors.RequiredReasonContradicted,
            Descriptors.CommonlyUsedSdk,
            Descriptors.RequiredReasonDeclaration);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // As for personal data: a required-reason API called from generated code is still called.
            context.ConfigureGeneratedCodeAnalysis(AnalyzerInventory.GeneratedCodeAnalysis);
            context.RegisterCompilationStartAction(OnCompilationStart);
        }

        private static void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            if (!ApplePlatform.IsApple(ApplePlatform.Read(context.Options, context.Compilation)))
            {
                // Not an Apple target: the store rules do not apply, and cost nothing.
                return;
            }

            var attributeType = context.Compilation.GetTypeByMetadataName(AttributeMetadataName);
            var uses = new Uses(new RequiredReasonLookup(), attributeType);
            context.RegisterOperationAction(uses.Analyze, OperationKinds);
            if (attributeType != null)
            {
                context.RegisterSyntaxNodeAction(new Declarations(attributeType).Analyze, SyntaxKind.Attribute);
            }

            var sdks = CommonSdks(context.Compilation);
            if (!sdks.IsEmpty)
            {
                context.RegisterCompilationEndAction(end =>
                {
                    foreach (var sdk in sdks)
                    {
                        end.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.CommonlyUsedSdk,
                            Location.None,
                            SiteCodec.WriteCommonSdk(sdk.Package),
                            sdk.Assembly,
                            sdk.Package,
                            sdk.Sdks,
                            sdk.Manifest));
                    }
                });
            }
        }

        /// <summary>The referenced bindings of commonly used SDKs: assembly names only, no symbols.</summary>
        private static ImmutableArray<CommonSdk> CommonSdks(Compilation compilation)
        {
            var found = ImmutableArray.CreateBuilder<CommonSdk>();
            foreach (var reference in compilation.ReferencedAssemblyNames)
            {
                foreach (var sdk in RequiredReasonCatalog.Sdks)
                {
                    if (string.Equals(sdk.Assembly, reference.Name, StringComparison.Ordinal))
                    {
                        found.Add(sdk);
                    }
                }
            }

            return found.ToImmutable();
        }

        /// <summary>PRIV201 and PRIV203: each use of a required-reason API, against the declarations around it.</summary>
        private sealed class Uses
        {
            private readonly RequiredReasonLookup lookup;
            private readonly INamedTypeSymbol? attributeType;

            public Uses(RequiredReasonLookup lookup, INamedTypeSymbol? attributeType)
            {
                this.lookup = lookup;
                this.attributeType = attributeType;
            }

            public void Analyze(OperationAnalysisContext context)
            {
                var operation = context.Operation;
                var member = MemberOf(operation);
                if (lookup.Find(member) is not { } api || IsReceiverOfSameCategory(operation, api))
                {
                    return;
                }

                var category = api.Category.FullName;
                var declaration = attributeType is null ? null : RequiredReasonCoverage.Find(operation, context.ContainingSymbol, category, attributeType);
                if (declaration is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RequiredReasonUndeclared,
                        operation.Syntax.GetLocation(),
                        SiteCodec.WriteRequiredReasonUse(category, MemberId.DisplayName(member!, null), api.Id.Text),
                        MemberId.DisplayName(member!, null),
                        category,
                        api.Category.ShortName,
                        WhereToDeclare(operation, context.ContainingSymbol)));
                    return;
                }

                if (RequiredReasonContradictions.Find(operation, api, declaration) is { } contradiction)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RequiredReasonContradicted,
                        operation.Syntax.GetLocation(),
                        SiteCodec.WriteRequiredReason(category, contradiction.Reason.Code),
                        MemberId.DisplayName(member!, null),
                        contradiction.Reason.Code,
                        contradiction.Reason.Meaning,
                        contradiction.Evidence));
                }
            }

            private static ISymbol? MemberOf(IOperation operation) => operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IPropertyReferenceOperation property => property.Property,
                IFieldReferenceOperation field => field.Field,
                IObjectCreationOperation creation => creation.Constructor,
                IEventReferenceOperation @event => @event.Event,
                IMethodReferenceOperation method => method.Method,
                _ => null,
            };

            /// <summary>
            /// <c>NSUserDefaults.StandardUserDefaults.SetString(…)</c> is one use, not two: the receiver of
            /// an outer use of the same category is reported with it.
            /// </summary>
            private bool IsReceiverOfSameCategory(IOperation operation, RequiredReasonApi api)
            {
                var parent = operation.Parent;
                var instance = parent switch
                {
                    IInvocationOperation invocation => invocation.Instance,
                    IPropertyReferenceOperation property => property.Instance,
                    IFieldReferenceOperation field => field.Instance,
                    IEventReferenceOperation @event => @event.Instance,
                    _ => null,
                };

                return instance == operation && lookup.Find(MemberOf(parent!))?.Category == api.Category;
            }

            private static string WhereToDeclare(IOperation operation, ISymbol containing)
            {
                for (var current = operation.Parent; current != null; current = current.Parent)
                {
                    if (current is IAnonymousFunctionOperation lambda)
                    {
                        return ScopeNames.WhereToDeclare(lambda.Symbol);
                    }

                    if (current is ILocalFunctionOperation local)
                    {
                        return ScopeNames.WhereToDeclare(local.Symbol);
                    }
                }

                // The synthesized Main of top-level statements cannot carry an attribute: the assembly can.
                return ScopeNames.WhereToDeclare(containing is IMethodSymbol { CanBeReferencedByName: false, MethodKind: MethodKind.Ordinary } ? null : containing);
            }
        }

        /// <summary>PRIV202 and PRIV205: each <c>[UsesRequiredReasonApi]</c>, at the argument at fault.</summary>
        private sealed class Declarations
        {
            private readonly INamedTypeSymbol attributeType;

            public Declarations(INamedTypeSymbol attributeType) => this.attributeType = attributeType;

            public void Analyze(SyntaxNodeAnalysisContext context)
            {
                var attribute = (AttributeSyntax)context.Node;

                // A name check on the syntax before any binding: most attributes are not this one.
                var name = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                    SimpleNameSyntax simple => simple.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (!name.StartsWith(AttributeName, StringComparison.Ordinal)
                    || attribute.ArgumentList is not { Arguments.Count: > 0 } arguments
                    || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
                    || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, attributeType))
                {
                    return;
                }

                var categoryArgument = arguments.Arguments[0];
                var categoryName = Constant(context, categoryArgument.Expression);
                var category = RequiredReasonTable.FindFull(categoryName);
                if (category is null)
                {
                    if (categoryName != null)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.RequiredReasonWrongCode,
                            categoryArgument.Expression.GetLocation(),
                            SiteCodec.WriteRequiredReason(categoryName, null),
                            "'" + categoryName + "' is not a required-reason API category",
                            CategoryList()));
                    }

                    return;
                }

                var reasons = new List<string>();
                var positional = 0;
                for (var i = 1; i < arguments.Arguments.Count; i++)
                {
                    var argument = arguments.Arguments[i];
                    if (argument.NameEquals != null)
                    {
                        continue;
                    }

                    positional++;
                    var expressions = argument.Expression switch
                    {
                        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer.Expressions,
                        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
                        _ => SyntaxFactory.SingletonSeparatedList(argument.Expression),
                    };

                    foreach (var expression in expressions)
                    {
                        var code = Constant(context, expression);
                        if (code is null)
                        {
                            continue;
                        }

                        if (category.Find(code) is null)
                        {
                            context.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.RequiredReasonWrongCode,
                                expression.GetLocation(),
                                SiteCodec.WriteRequiredReason(category.FullName, code),
                                "'" + code + "' is not a reason code of " + category.FullName,
                                category.CodeList()));
                        }
                        else
                        {
                            reasons.Add(code);
                        }
                    }
                }

                if (positional == 0)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RequiredReasonWrongCode,
                        attribute.GetLocation(),
                        SiteCodec.WriteRequiredReason(category.FullName, null),
                        "no reason code is declared for " + category.FullName,
                        category.CodeList()));
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RequiredReasonDeclaration,
                    attribute.GetLocation(),
                    SiteCodec.WriteRequiredReasonDeclaration(category.FullName, reasons),
                    category.FullName,
                    reasons.Count == 0 ? "no valid reason" : string.Join(", ", reasons)));
            }

            private static string? Constant(SyntaxNodeAnalysisContext context, ExpressionSyntax expression)
                => context.SemanticModel.GetConstantValue(expression, context.CancellationToken) is { HasValue: true, Value: string text } ? text : null;

            private static string CategoryList()
            {
                var names = new string[RequiredReasonTable.All.Length];
                for (var i = 0; i < names.Length; i++)
                {
                    names[i] = "RequiredReasonApis." + RequiredReasonTable.All[i].ShortName;
                }

                return string.Join(", ", names);
            }
        }
    }
}
