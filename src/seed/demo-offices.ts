/** The firm's two offices, as an editor would enter them. */
export const demoOffices = [
  {
    name: 'Copenhagen',
    streetAddress: '1 Carlsberg Gate',
    postalCode: '1260',
    city: 'København',
    country: 'Denmark',
    countryCode: 'DK',
    timezone: 'Europe/Copenhagen',
    officeHoursStart: '09:00:00.000',
    officeHoursEnd: '17:00:00.000',
    displayOrder: 1,
  },
  {
    name: 'Magelang',
    streetAddress: '12 Jalan Bligo',
    postalCode: '56485',
    city: 'Magelang',
    country: 'Indonesia',
    countryCode: 'ID',
    timezone: 'Asia/Jakarta',
    officeHoursStart: '09:00:00.000',
    officeHoursEnd: '17:00:00.000',
    displayOrder: 2,
  },
];
