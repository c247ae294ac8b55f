export { listContacts, type ContactsPage } from "./list-contacts";
export {
  CONTACT_SORTS,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  ZContactSort,
  type ContactSort,
  type ListContactsInput,
} from "./list-contacts.schema";
export type { ContactRow } from "./contact-row";
export { getContact, type ContactDetail, type CustomFieldValue } from "./get-contact";
export { createContact } from "./create-contact";
export { ZCreateContactFields, type CreateContactInput } from "./create-contact.schema";
export { getContactCount } from "./get-contact-count";
export { deleteContacts } from "./delete-contacts";
export { setContactOptOut, type ContactOptOut } from "./set-contact-opt-out";
export { listContactLists, type ContactListSummary } from "./list-contact-lists";
export { createContactList } from "./create-contact-list";
export { renameContactList } from "./rename-contact-list";
export { deleteContactList } from "./delete-contact-list";
export { addContactsToList, type ListMembershipChange } from "./add-contacts-to-list";
export { removeContactsFromList } from "./remove-contacts-from-list";
export { exportContactListCsv, type ContactListCsvExport } from "./export-contact-list-csv";
/** Formula-safe CSV cells and lines, for every export the product offers. */
export { csvCell, csvLine } from "./csv/csv-cell";
export { MAX_CONTACTS_PER_ACTION, ZContactId, ZContactListId } from "./contact-ids.schema";
export { ZContactListName, ZContactListDescription } from "./contact-list.schema";
export * from "./import";
export { normalizePhone, COUNTRY_OPTIONS, isSupportedCountry } from "./phone";
