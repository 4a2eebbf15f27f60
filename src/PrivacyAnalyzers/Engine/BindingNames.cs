using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace PrivacyAnalyzers.Engine
{
    /// <summary>
    /// The category of a member marked personal without saying which personal data it is
    /// (<c>[PersonalData]</c>, a data classification), from its name: <c>ZipCode</c> is a postal code.
    /// A name that says nothing specific is plain personal data: <c>user</c>.
    /// </summary>
    internal static class BindingNames
    {
        /// <summary>[EmailAddress] (System.ComponentModel.DataAnnotations) marks an email address.</summary>
        public const string EmailAddressAttribute = "user.contact.email";

        /// <summary>[Phone] marks a phone number.</summary>
        public const string PhoneAttribute = "user.contact.phone_number";

        /// <summary>[CreditCard] marks a payment card number.</summary>
        public const string CreditCardAttribute = "user.financial.credit_card";

        /// <summary>
        /// The <c>DataType</c> values of <c>[DataType(…)]</c> that name personal data, by their number.
        /// https://learn.microsoft.com/dotnet/api/system.componentmodel.dataannotations.datatype
        /// </summary>
        private static readonly ImmutableDictionary<int, string> DataTypes = ImmutableDictionary.CreateRange(new[]
        {
            new KeyValuePair<int, string>(5, "user.contact.phone_number"), // PhoneNumber
            new KeyValuePair<int, string>(10, "user.contact.email"), // EmailAddress
            new KeyValuePair<int, string>(11, "user.authorization.credentials"), // Password
            new KeyValuePair<int, string>(14, "user.financial.credit_card"), // CreditCard
            new KeyValuePair<int, string>(15, "user.contact.address.postal_code"), // PostalCode
        });

        private static readonly ImmutableDictionary<string, string> Names = ImmutableDictionary.CreateRange(
            StringComparer.OrdinalIgnoreCase,
            new[]
            {
                Name("email", "user.contact.email"),
                Name("emailaddress", "user.contact.email"),
                Name("mail", "user.contact.email"),
                Name("phone", "user.contact.phone_number"),
                Name("phonenumber", "user.contact.phone_number"),
                Name("mobile", "user.contact.phone_number"),
                Name("mobilephone", "user.contact.phone_number"),
                Name("telephone", "user.contact.phone_number"),
                Name("firstname", "user.name.first"),
                Name("givenname", "user.name.first"),
                Name("lastname", "user.name.last"),
                Name("surname", "user.name.last"),
                Name("familyname", "user.name.last"),
                Name("name", "user.name"),
                Name("fullname", "user.name"),
                Name("displayname", "user.name"),
                Name("username", "user.account.username"),
                Name("street", "user.contact.address.street"),
                Name("streetaddress", "user.contact.address.street"),
                Name("addressline1", "user.contact.address.street"),
                Name("addressline2", "user.contact.address.street"),
                Name("address", "user.contact.address"),
                Name("zip", "user.contact.address.postal_code"),
                Name("zipcode", "user.contact.address.postal_code"),
                Name("postalcode", "user.contact.address.postal_code"),
                Name("postcode", "user.contact.address.postal_code"),
                Name("city", "user.contact.address.city"),
                Name("town", "user.contact.address.city"),
                Name("country", "user.contact.address.country"),
                Name("state", "user.contact.address.state"),
                Name("province", "user.contact.address.state"),
                Name("jobtitle", "user.job_title"),
                Name("company", "user.workplace"),
                Name("companyname", "user.workplace"),
                Name("employer", "user.workplace"),
                Name("organization", "user.workplace"),
                Name("organisation", "user.workplace"),
                Name("birthdate", "user.demographic.date_of_birth"),
                Name("dateofbirth", "user.demographic.date_of_birth"),
                Name("gender", "user.demographic.gender"),
                Name("creditcard", "user.financial.credit_card"),
                Name("cardnumber", "user.financial.credit_card"),
                Name("iban", "user.financial.bank_account"),
            });

        /// <summary>Every category this table can yield, for the test that holds them to the taxonomy.</summary>
        public static IEnumerable<string> Categories
        {
            get
            {
                yield return EmailAddressAttribute;
                yield return PhoneAttribute;
                yield return CreditCardAttribute;
                foreach (var category in DataTypes.Values)
                {
                    yield return category;
                }

                foreach (var category in Names.Values)
                {
                    yield return category;
                }
            }
        }

        /// <summary>The category a <c>[DataType(kind)]</c> names, or null for a kind that is not personal (Date, Url…).</summary>
        public static string? ForDataType(int kind) => DataTypes.TryGetValue(kind, out var category) ? category : null;

        public static string CategoryFor(string memberName)
            => Names.TryGetValue(memberName.Replace("_", string.Empty), out var category) ? category : "user";

        private static KeyValuePair<string, string> Name(string name, string category) => new KeyValuePair<string, string>(name, category);
    }
}
