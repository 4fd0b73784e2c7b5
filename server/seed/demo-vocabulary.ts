/** The nouns that fill the `{placeholders}` of demo texts. All fictional. */
export const products = [
  'Ridgeline Rain Jacket',
  'Summit Down Parka',
  'Trailhead Hiking Boots',
  'Fjord Fleece',
  'Basecamp 35L Backpack',
  'Cascade Softshell',
  'Alpine Merino Base Layer',
  'Harbor Waterproof Trousers',
  'Pathfinder Trail Shoes',
  'Glacier Insulated Gloves',
  'Timberline Flannel Shirt',
  'Drift Packable Vest',
] as const;

export const cities = [
  'Leeds', 'Bristol', 'Glasgow', 'Manchester', 'Cardiff', 'Denver', 'Portland', 'Seattle',
  'Dublin', 'Edinburgh', 'Boulder', 'Toronto', 'Vancouver', 'Brighton', 'York',
] as const;

export const countries = ['Norway', 'Iceland', 'Portugal', 'New Zealand', 'Canada', 'Switzerland', 'Japan'] as const;
export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const months = ['March', 'April', 'May', 'June', 'September', 'October'] as const;
export const sizes = ['small', 'medium', 'large', 'extra large'] as const;
export const discountCodes = ['SPRING20', 'WELCOME10', 'TRAIL15', 'OUTDOORS25'] as const;
export const companies = [
  'primary school', 'hiking club', 'software company', 'hotel group', 'charity', 'ski school',
  'construction firm', 'scout group', 'university department',
] as const;
