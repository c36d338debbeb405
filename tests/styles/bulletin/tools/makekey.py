import json, sys
sys.path.insert(0,'/work/scratch/styles52/tools')
from extract import spans, starts
N=None; O='ORG'
S={
'01.md':[N,"Margaret O'Donnell-Reyes","Margaret O'Donnell-Reyes","Terrence B. Whitcomb III",O,"Margaret O'Donnell-Reyes",N,"Annette Kowalczyk","Annette Kowalczyk","Terrence B. Whitcomb III","Terrence B. Whitcomb III","Terrence B. Whitcomb III",N,O],
'02.md':["Wendell Ashby Jr.","Wendell Ashby Jr.","Adaeze Okonkwo-Brandt","Priya Raghunathan","Priya Raghunathan",N,"Bernadette Kealoha","Tomás Villanueva","Tomás Villanueva","Lucía Villanueva","Lucía Villanueva","Tomás Villanueva",N,N,N,"Deshawn Pettiford-Gray","Deshawn Pettiford-Gray"],
'03.md':["Elias Marchetti","Rosa Marchetti",N,"Hiroshi Nakashima","Hiroshi Nakashima",N,"Loretta Boudreaux","Dwayne Boudreaux Jr.","Loretta Boudreaux","Loretta Boudreaux",N,"Ray Tallchief","Corinne Adeyemi-Walsh","Ray Tallchief",N],
'04.md':["Julian Whitfield-Amaro",N,"Ilse Vandermeer-Kasch",N,O,O,N,"Elena Wierzbicki-Hale","Julian Whitfield-Amaro","Tomasz Wierzbicki-Hale",N,N,O],
'05.md':["Odalys M. Ferreira"]*4+["Jamal Whitlock-Essien"]*2+["Anaïs Moreau",N,N,N]+["Jamal Whitlock-Essien"]*2+[O,O,N]+["Odalys M. Ferreira"]*2,
'06.md':["Teodor van der Meulen"]*3+[O,N,"Teodor van der Meulen",N]+["Teodor van der Meulen"]*4+["Yasmin al-Rashidi"]*5+[N,N,N],
'07.md':["Helena Vasquez-Oduya"]*4+["Rupert A. Lindgren-Obi"]*2+[O]+["Marisol Etcheverry"]*2+[N,O]+["Marisol Etcheverry"]*2+[N],
'08.md':[N,N,"Augustin Delacroix-Baptiste",O,N,N,"Grace Okafor-Lindahl","Rémy Delacroix-Baptiste",O,"Augustin Delacroix-Baptiste",N],
'09.md':[N,"Lyle Winthrop Cassidy III"]+["Evangeline Thibodeaux-Park"]*3+["Harold Pemberton"]*2+["Jill Pemberton-Ruiz","Harold Pemberton","Jill Pemberton-Ruiz"]+["Lyle Winthrop Cassidy III"]*2+["Desmond J. O'Halloran-Mbeki"]*2+["Farhan Qureshi"]*3+[O],
'10.md':[N,"Obiageli Strand-Mensah",N]+["Obiageli Strand-Mensah"]*4+[N]+["Theodore Ng-Larsen"]*2+["Alvaro Benítez","Cornelius Hale-Abernathy"]+["Winifred Ashcombe-Vale"]*2+["Graham Ashcombe-Vale"]*2+[N],
'11.md':["Inés Castellanos","Lorraine Castellanos-Whitaker","Inés Castellanos",N,N,"Beatrice Oduya","Inés Castellanos",N,"Harlan Fitzgerald-Moss","Harlan Fitzgerald-Moss","Inés Castellanos"],
'12.md':["Annika Lindqvist-Ahmadi"]*4+[O]+["Bengt Öhrström"]*2+["Elsa Öhrström"]+["Bengt Öhrström"]*2+[N,N,"Henrik Dahlgren-Sáenz",N,"Annika Lindqvist-Ahmadi"],
}
lines=[]
for f in sorted(S):
    sp=spans(f)
    assert len(sp)==len(S[f]), (f,len(sp),len(S[f]))
    for s,who in zip(sp,S[f]):
        d={"file":f,"starts":starts(s)}
        if who==O: d["speaker"]=None; d["organization"]=True
        else: d["speaker"]=who
        lines.append(json.dumps(d,ensure_ascii=False))
open('/work/scratch/styles52/key.jsonl','w').write('\n'.join(lines)+'\n')
print(len(lines))
