a0001-----
 r a BC-US--Lake-Rescue   02-12 0312
^BC-US--Lake Rescue,312<
^Ice fisherman rescued from fictional lake after floe breaks away<
^Eds: With AP Photos.<
^By SAM RIVERA=
^Associated Press=
	   GREENWATER, Minn. (AP) _ Rescuers pulled an ice fisherman from the fictional Lake Greenwater on Thursday after the floe he was standing on broke away from the shore.
 
	   The man, who was not named, was treated for cold exposure, the county sheriff said.
 
	   ``The ice looked solid but the wind moved the whole sheet,'' the sheriff said.
 

