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
                Name("cvv", "user.financial.credit_card"),
                Name("cvc", "user.financial.credit_card"),
                Name("dob", "user.demographic.date_of_birth"),
                // Said alone by a person's form (a registration's Age) and by other things (a product's, a record's): SaysTooLittle.
                Name("age", "user.demographic.age_range"),
                // A Web Push subscription's public key (the W3C Push API's PushSubscription keys p256dh and auth): the push
                // endpoint of the user's browser, a push token. https://www.w3.org/TR/push-api/#dom-pushencryptionkeyname-p256dh
                Name("p256dh", "user.device.device_id"),
                // An external login's key of the user at the provider (Identity's UserLoginInfo.ProviderKey), posted on by a BFF.
                Name("providerkey", "user.unique_id"),
                Name("password", "user.authorization.credentials"),
                Name("pw", "user.authorization.credentials"),
                Name("pin", "user.authorization.credentials"),
                // One-time codes the user types to sign in: a second factor (Identity's LoginWith2fa InputModel.TwoFactorCode,
                // LoginWithRecoveryCode's RecoveryCode). A bare Code says too little: a reset token the app emailed is one too.
                Name("twofactorcode", "user.authorization.credentials"),
                Name("recoverycode", "user.authorization.credentials"),
                Name("authenticatorcode", "user.authorization.credentials"),
                Name("otp", "user.authorization.credentials"),
                Name("totp", "user.authorization.credentials"),
                // A profile's own words about its person, and its picture (the RealWorld-style UserData { Bio, Image }).
                Name("bio", "user.demographic.profile"),
                Name("biography", "user.demographic.profile"),
                Name("aboutme", "user.demographic.profile"),
                Name("avatar", "user.content.self_image"),
                Name("avatarurl", "user.content.self_image"),
                Name("profileimage", "user.content.self_image"),
                Name("profilepicture", "user.content.self_image"),
                Name("profilephoto", "user.content.self_image"),
            });

        /// <summary>
        /// Names that say what they hold only beside a member that names personal data (<see cref="TryGetCategoryBeside"/>):
        /// a product has an <c>Image</c> too, a user's profile has its picture.
        /// </summary>
        private static readonly ImmutableDictionary<string, string> BesidePersonalData = ImmutableDictionary.CreateRange(
            StringComparer.OrdinalIgnoreCase,
            new[]
            {
                Name("image", "user.content.self_image"),
                Name("imageurl", "user.content.self_image"),
                Name("picture", "user.content.self_image"),
                Name("photo", "user.content.self_image"),
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

                foreach (var category in BesidePersonalData.Values)
                {
                    yield return category;
                }

                yield return ProfilePicture;
            }
        }

        /// <summary>The category a <c>[DataType(kind)]</c> names, or null for a kind that is not personal (Date, Url…).</summary>
        public static string? ForDataType(int kind) => DataTypes.TryGetValue(kind, out var category) ? category : null;

        public static string CategoryFor(string memberName)
            => Names.TryGetValue(memberName.Replace("_", string.Empty), out var category) ? category : "user";

        /// <summary>
        /// Names that hold personal data on a person's form but as often something else on a model (a product's
        /// <c>Name</c>, an order's <c>State</c>, a server's <c>Address</c>): by name alone, they say too little.
        /// </summary>
        private static readonly ImmutableHashSet<string> SaysTooLittle = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "name", "state", "province", "country", "city", "town", "address", "company", "companyname", "organization", "organisation", "employer", "mobile", "mail", "pin", "age");

        /// <summary>
        /// Names that say what they hold alone but not as the end of a longer name, where the words before them say whose:
        /// a culture's <c>DisplayName</c>, a team's <c>AvatarUrl</c>, an archive's <c>Zip</c>, a device's <c>Pw</c>.
        /// </summary>
        private static readonly ImmutableHashSet<string> NotAnEnding = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "displayname", "pw", "zip", "bio", "biography", "aboutme", "avatar", "avatarurl", "dob");

        /// <summary>Words a member name may start with before the name of what it holds: <c>NewPassword</c>, <c>EnteredUsername</c>.</summary>
        private static readonly ImmutableArray<string> Qualifiers = ImmutableArray.Create("current", "new", "old", "confirm", "entered", "user", "contact", "billing", "shipping", "home", "work");

        /// <summary>
        /// The category a bound member's name alone says it holds (<c>Email</c>, <c>ZipCode</c>, <c>NewPassword</c>), or
        /// false when the name says nothing specific: a member named by what it holds, without an annotation, binds that
        /// data at a lower confidence (<c>privacy_analyzers.bound_member_names</c>).
        /// </summary>
        public static bool TryGetCategory(string memberName, out string category)
        {
            var name = memberName.Replace("_", string.Empty);
            if (SaysTooLittle.Contains(name))
            {
                category = null!;
                return false;
            }

            if (Names.TryGetValue(name, out category!))
            {
                return true;
            }

            foreach (var qualifier in Qualifiers)
            {
                if (name.Length > qualifier.Length && name.StartsWith(qualifier, StringComparison.OrdinalIgnoreCase)
                    && name.Substring(qualifier.Length) is var rest && !SaysTooLittle.Contains(rest)
                    && Names.TryGetValue(rest, out category!))
                {
                    return true;
                }
            }

            return TryGetLastWords(memberName, out category);
        }

        /// <summary>
        /// A name whose last words name what it holds, whatever comes before them: <c>RecipientEmail</c>, <c>SenderPhoneNumber</c>,
        /// <c>guardian_date_of_birth</c>. Words start at a capital after a lower-case letter or a digit, or after an underscore;
        /// the longest ending that names personal data specifically wins (<c>ReplyToEmailAddress</c> is an email address). An
        /// ending that says too little alone (<c>ProductName</c>, <c>OrderState</c>, <c>ServerAddress</c>) still says nothing.
        /// </summary>
        private static bool TryGetLastWords(string memberName, out string category)
        {
            for (var i = 1; i < memberName.Length; i++)
            {
                var previous = memberName[i - 1];
                var startsWord = previous == '_'
                    ? memberName[i] != '_'
                    : char.IsUpper(memberName[i]) && (char.IsLower(previous) || char.IsDigit(previous));
                if (!startsWord)
                {
                    continue;
                }

                var rest = memberName.Substring(i).Replace("_", string.Empty);
                if (!SaysTooLittle.Contains(rest) && !NotAnEnding.Contains(rest) && Names.TryGetValue(rest, out category!))
                {
                    return true;
                }
            }

            category = null!;
            return false;
        }

        /// <summary>The category of an uploaded picture of its person (<see cref="NamesProfilePicture"/>).</summary>
        public const string ProfilePicture = "user.content.self_image";

        private static readonly ImmutableArray<string> ProfilePictureWords = ImmutableArray.Create("avatar", "profilepicture", "profilephoto", "profileimage", "profilepic", "selfie");

        /// <summary>
        /// Whether a name says it is its person's picture (<c>UploadAvatar</c>, <c>profile_photo</c>, <c>ProfilePictureFile</c>): an
        /// uploaded file so named is the user's image. A bare <c>file</c> or <c>image</c> (a product's, a document) says nothing.
        /// </summary>
        public static bool NamesProfilePicture(string name)
        {
            var plain = name.Replace("_", string.Empty);
            foreach (var word in ProfilePictureWords)
            {
                if (plain.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a member name says too little alone but may say what it holds beside personal data (<see cref="TryGetCategoryBeside"/>).</summary>
        public static bool SaysTooLittleAlone(string memberName)
        {
            var name = memberName.Replace("_", string.Empty);
            return SaysTooLittle.Contains(name) || BesidePersonalData.ContainsKey(name);
        }

        /// <summary>
        /// The category of a member whose name says too little alone (<c>Name</c>, <c>City</c>, <c>Image</c>), on a type
        /// with members that name personal data (<paramref name="shape"/>): there it is its person's. A <c>Name</c> beside a
        /// password, with no user name or email to sign in with, is the name the account signs in with
        /// (Jellyfin's <c>CreateUserByName { Name, Password }</c>); beside anything else it is the person's name.
        /// </summary>
        public static bool TryGetCategoryBeside(string memberName, PersonShape shape, out string category)
        {
            var name = memberName.Replace("_", string.Empty);
            if (BesidePersonalData.TryGetValue(name, out category!))
            {
                return true;
            }

            if (!SaysTooLittle.Contains(name) || !Names.TryGetValue(name, out category!))
            {
                category = null!;
                return false;
            }

            if (string.Equals(name, "name", StringComparison.OrdinalIgnoreCase) && shape.HasCredentials && !shape.HasSignInName)
            {
                category = "user.account.username";
            }

            return true;
        }

        /// <summary>What a type's personal members are, as far as the names beside them need (<see cref="TryGetCategoryBeside"/>).</summary>
        internal readonly struct PersonShape
        {
            private PersonShape(bool hasCredentials, bool hasSignInName)
            {
                HasCredentials = hasCredentials;
                HasSignInName = hasSignInName;
            }

            /// <summary>A password, a PIN: the type signs someone in or up.</summary>
            public bool HasCredentials { get; }

            /// <summary>A user name or an email, which a sign-in uses as the account's name.</summary>
            public bool HasSignInName { get; }

            public PersonShape With(string category)
                => new PersonShape(
                    HasCredentials || category.StartsWith("user.authorization", StringComparison.Ordinal),
                    HasSignInName || category is "user.account.username" or "user.contact.email");
        }

        private static KeyValuePair<string, string> Name(string name, string category) => new KeyValuePair<string, string>(name, category);
    }
}
