import type { ContactDetail } from "@/lib/contacts";
import styles from "./contact-facts.module.css";

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** A date as users read it, with the exact instant for machines. */
export function DateTime({ value }: { value: Date }) {
  return <time dateTime={value.toISOString()}>{dateTimeFormat.format(value)} UTC</time>;
}

function Missing({ children = "Not given" }: { children?: string }) {
  return <span className={styles.missing}>{children}</span>;
}

/** The standard fields of one contact. */
export function ContactFacts({ contact }: { contact: ContactDetail }) {
  const facts: [string, React.ReactNode][] = [
    [
      "Phone",
      <span key="phone" className={styles.phone}>
        {contact.phone}
      </span>,
    ],
    ["First name", contact.firstName ?? <Missing />],
    ["Last name", contact.lastName ?? <Missing />],
    ["Email", contact.email ?? <Missing />],
    ["Time zone", contact.timeZone ?? <Missing>Guessed from the number</Missing>],
    ["Added", <DateTime key="added" value={contact.createdAt} />],
    ["Last changed", <DateTime key="changed" value={contact.updatedAt} />],
  ];
  return <FactList facts={facts} />;
}

/** Custom fields from imports, or a note on where they come from. */
export function CustomFields({ fields }: { fields: ContactDetail["customFields"] }) {
  if (fields.length === 0) {
    return (
      <p className={styles.note}>
        None. Columns of an imported CSV other than phone, names, email and time zone are kept here, and can
        be used in templates as merge tags.
      </p>
    );
  }
  return (
    <FactList
      facts={fields.map((field) => [
        field.name,
        field.value === null || field.value === "" ? (
          <Missing key={field.name}>Empty</Missing>
        ) : (
          String(field.value)
        ),
      ])}
    />
  );
}

function FactList({ facts }: { facts: [string, React.ReactNode][] }) {
  return (
    <dl className={styles.facts}>
      {facts.map(([label, value]) => (
        <div key={label} className={styles.fact}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
