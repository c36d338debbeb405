import json, os, sys
sys.path.insert(0,'/work/scratch/styles51/tools')
from extract import ordered, body, D
N=None; O='ORG'
AOB='Adaeze Okonkwo-Baines'; GW='Gerald T. Whitcombe III'
CT='Camille Thibodeaux'; RK='Raymond Kealoha'; LK='Leilani Kealoha'; EP='Eun-ji Park-Lindqvist'
TAW='Tobias Aldana-Whitfield'; MOK='Marguerite Osterhaus-Kim'
ROS='Rafael Oyelaran-Stone'
LAN='Lorraine Abernathy-Nwosu'; BNR='Bartholomew Ngata-Ruiz'; RSM='Renata Sørensen-Mbeki'
HOS='Henrik Oyelowo-Sandström'; AVB='Aurelia van der Berghe-Costa'
JFA='Joaquín Ferraz-Adeyemi'; MLO='Mei-Ling Oduya'; JBL='Jean-Baptiste Lafleur-Okoro'
COR='Constance Orellana-Reid'; YAH='Yusuf al-Haddad'
MEQ='Marcus Ellery-Quinn'
OBR='Oluwaseun Blackwood-Reyes'; SNC='Shirin Nasseri-Cole'; ETO='Evangeline Tran-Obi'
JAK='Josephine Abernathy-Kwarteng'; ADW='Augustus M. Delacroix-Whitley'
HBM='Helena Bragança-Mwangi'; JAN='Joaquim Albuquerque Neto'
S={
'01.md':[AOB,AOB,N,GW,GW,AOB,AOB,GW,GW,N,N,GW,'Lucas Ferreira-Monk',AOB,AOB],
'02.md':[CT,CT,'Harlan J. Osei',N,RK,RK,LK,LK,EP,EP,O,EP,N,CT,CT,CT],
'03.md':[MOK,TAW,MOK,N,'Dwayne Pruitt Jr.','Rosalind Achterberg',N,'Nalani Brooks-Etsitty',N,'Nalani Brooks-Etsitty',TAW],
'04.md':['Wilhelmina Brandt-Okafor',ROS,'Imani Castellanos-Reyes',O,'Desmond Achebe-Farrow',ROS,'Teodora Vasquez-Lindahl',N,O,ROS],
'05.md':[LAN,LAN,BNR,BNR,N,BNR,BNR,O,RSM,RSM,N,LAN,N,LAN,N],
'06.md':[HOS,HOS,N,AVB,AVB,AVB,HOS,'Dragan Ilić-Moreau',HOS,O,'Sigrún Halvorsen'],
'07.md':[JFA,N,JFA,JFA,JFA,JFA,MLO,MLO,JBL,JBL,JBL,N,N,O],
'08.md':['Olamide Fairweather','Rutherford Ellison-Vance',YAH,N,COR,COR,'Harriet Mbeki-Sutton','Carmen al-Haddad',N],
'09.md':[N,N,'Renée Castellanos',N,'Daniel Pham','Isabela Nwachukwu',N,O,MEQ,N],
'10.md':[N,OBR,OBR,ETO,SNC,SNC,SNC,SNC,N,SNC,ETO,ETO,'Colin Ashby-Ferreira',OBR,N],
'11.md':[N,JAK,N,JAK,'Cyrus Pettibone',JAK,N,JAK,JAK,'Samuel Abernathy-Kwarteng',JAK,JAK,JAK,ADW,JAK],
'12.md':[N,HBM,HBM,HBM,HBM,N,JAN,JAN,JAN,HBM,O,N,HBM],
}
lines=[]
for f in sorted(os.listdir(D)):
    sp=ordered(body(open(os.path.join(D,f)).read()))
    assert len(sp)==len(S[f]),(f,len(sp),len(S[f]))
    for s,spk in zip(sp,S[f]):
        st=' '.join(s.split()[:5])
        if spk=='ORG': lines.append({"file":f,"starts":st,"speaker":None,"organization":True})
        else: lines.append({"file":f,"starts":st,"speaker":spk})
with open('/work/scratch/styles51/key.jsonl','w') as fh:
    for l in lines: fh.write(json.dumps(l,ensure_ascii=False)+'\n')
print(len(lines))
